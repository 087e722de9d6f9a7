import TactfulData
import TactfulYAML

/// The built-in YAML files' node trees, pre-parsed at build time (the `EmbedData` plugin's `tactful-embed`), read
/// back without a YAML parser: the same tree, scalar styles and tags and positions as composing the text with Yams'
/// basic resolver and converting it (``YAMLValue/compose(_:)``) gives, at a fraction of the cost (parsing the packs
/// and glossaries with libyaml was a third of a one-draft lint).
///
/// The encoding is documented in `Tools/tactful-embed/PreparsedYAML.swift`. Anything unexpected in it makes the
/// reader give up, and the caller parses the text as before.
enum PreparsedYAML {
    /// The tree of `text` when it is the built-in file at `path` (a user's file of the same path and other text
    /// is parsed as written), else nil.
    static func value(at path: String, text: String) -> YAMLValue? {
        guard let encoded = BuiltInData.preparsedYAML(at: path), BuiltInData.text(at: path) == text else { return nil }
        return decode(encoded)
    }

    /// The tree of the built-in file at `path` (nil when there is none, or it holds no document or does not parse),
    /// read from its pre-parsed form when there is one.
    static func builtIn(at path: String) -> YAMLValue? {
        guard let text = BuiltInData.text(at: path) else { return nil }
        return value(at: path, text: text) ?? (try? YAMLValue.compose(text))
    }

    /// The tree of the built-in pack at `path` without its rules' `examples` (``decodePack(_:)``), for a reader of
    /// its rules' other fields; the whole tree when it has no pre-parsed form.
    static func builtInPack(at path: String) -> YAMLValue? {
        BuiltInData.preparsedYAML(at: path).flatMap(decodePack)?.tree ?? builtIn(at: path)
    }

    /// The value of `key` in the top-level mapping of the built-in file at `path` (its last such key, as
    /// ``YAMLValue/byKey`` keeps); nil when there is none. Read from the pre-parsed form, the other entries walked
    /// over and not built: a glossary keyed by language is read for one language.
    static func builtIn(at path: String, key: String) -> YAMLValue? {
        switch BuiltInData.preparsedYAML(at: path).flatMap({ decodeEntry(key, of: $0) }) {
        case .found(let value)?: value
        case .absent?: nil
        case nil: builtIn(at: path)?.byKey[key]
        }
    }

    /// What a top-level mapping holds for a key.
    enum Entry: Equatable {
        case found(YAMLValue)
        case absent
    }

    /// The top-level mapping's value for `key` of an encoded tree; nil when the tree is malformed or not a mapping.
    static func decodeEntry(_ key: String, of encoded: String) -> Entry? {
        var encoded = encoded
        return encoded.withUTF8 { bytes -> Entry? in
            var reader = Reader(bytes: bytes)
            guard reader.expect(UInt8(ascii: "Y")), reader.expect(UInt8(ascii: "1")), reader.expect(UInt8(ascii: "m")),
                let count = reader.header()
            else { return nil }
            var found: Int?
            for _ in 0..<count {
                guard let name = reader.node() else { return nil }
                if name.string == key { found = reader.offset }
                guard reader.skip() else { return nil }
            }
            guard reader.offset == bytes.count else { return nil }
            guard let found else { return .absent }
            reader.offset = found
            return reader.node().map(Entry.found)
        }
    }

    /// Decodes an encoded tree; nil when it is malformed.
    static func decode(_ encoded: String) -> YAMLValue? {
        var encoded = encoded
        return encoded.withUTF8 { bytes -> YAMLValue? in
            var reader = Reader(bytes: bytes)
            guard reader.expect(UInt8(ascii: "Y")), reader.expect(UInt8(ascii: "1")), let node = reader.node(),
                reader.offset == bytes.count
            else { return nil }
            return node
        }
    }

    /// A pack's encoded tree decoded with each rule's `examples:` stepped over by its length (tactful-embed writes
    /// it sized), not built (a lint never reads them: they were a quarter of a pack's nodes): the tree without those pairs, and where each rule's examples start in
    /// `encoded` (nil for a rule without them), one entry per item of the pack's first `rules` list, in order. Read an
    /// entry with ``decode(_:at:)``. Nil when the tree is malformed.
    static func decodePack(_ encoded: String) -> (tree: YAMLValue, examples: [Int?])? {
        var encoded = encoded
        return encoded.withUTF8 { bytes -> (tree: YAMLValue, examples: [Int?])? in
            var reader = Reader(bytes: bytes)
            var examples: [Int?] = []
            guard reader.expect(UInt8(ascii: "Y")), reader.expect(UInt8(ascii: "1")),
                let node = reader.packNode(.file, examples: &examples), reader.offset == bytes.count
            else { return nil }
            return (node, examples)
        }
    }

    /// The node that starts at byte `offset` of an encoded tree (an entry of ``decodePack(_:)``); nil when there is
    /// none there.
    static func decode(_ encoded: String, at offset: Int) -> YAMLValue? {
        var encoded = encoded
        return encoded.withUTF8 { bytes -> YAMLValue? in
            guard offset >= 2, offset < bytes.count else { return nil }
            var reader = Reader(bytes: bytes)
            reader.offset = offset
            return reader.node()
        }
    }

    /// Where a node sits in a pack, for ``decodePack(_:)``: the file's mapping, its `rules` list, or a rule.
    private enum PackLevel {
        case file, rules, rule
    }

    /// Reads nodes from the encoded bytes; every read checks its bounds.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// A node of a pack at `level`, as ``node()`` reads it, but a rule's `examples` values are stepped over and
        /// left out, the first one's offset appended to `examples` (nil when the rule has none), one entry for each
        /// item of the file's first `rules` list.
        mutating func packNode(_ level: PackLevel, examples: inout [Int?]) -> YAMLValue? {
            guard offset + 2 <= bytes.count else { return nil }
            let kind = bytes[offset]
            guard (level == .rules && kind == UInt8(ascii: "q")) || (level != .rules && kind == UInt8(ascii: "m"))
            else {
                if level == .rule { examples.append(nil) }
                return node()
            }
            offset += 2
            guard tag() != nil, let line = number(until: ","), let column = number(until: ","),
                let count = number(until: ":"), count <= bytes.count - offset
            else { return nil }
            guard level != .rules else {
                var items: [YAMLValue] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    guard let item = packNode(.rule, examples: &examples) else { return nil }
                    items.append(item)
                }
                return YAMLValue(.sequence(items), line: line, column: column)
            }
            var pairs: [YAMLValue.Pair] = []
            pairs.reserveCapacity(count)
            var rulesRead = false, examplesAt: Int?
            for _ in 0..<count {
                guard let key = node() else { return nil }
                if level == .rule, key.string == "examples" {
                    guard let (start, end) = sized() else { return nil }
                    examplesAt = examplesAt ?? start
                    offset = end
                    continue
                }
                let isRules = level == .file && !rulesRead && key.string == "rules"
                rulesRead = rulesRead || isRules
                guard let value = isRules ? packNode(.rules, examples: &examples) : node() else { return nil }
                pairs.append(YAMLValue.Pair(key: key, value: value))
            }
            if level == .rule { examples.append(examplesAt) }
            return YAMLValue(.mapping(pairs), line: line, column: column)
        }

        /// Where the node at `offset` starts and ends, stepping over a sized node's prefix (`z` length `:`) and
        /// reading its length, or walking over any other node; offset is left at the start. Nil when malformed.
        mutating func sized() -> (start: Int, end: Int)? {
            guard offset < bytes.count else { return nil }
            guard bytes[offset] == UInt8(ascii: "z") else {
                let start = offset
                guard skip() else { return nil }
                defer { offset = start }
                return (start, offset)
            }
            offset += 1
            guard let length = number(until: ":"), length <= bytes.count - offset else { return nil }
            return (offset, offset + length)
        }

        mutating func node() -> YAMLValue? {
            guard offset + 2 <= bytes.count else { return nil }
            if bytes[offset] == UInt8(ascii: "z") {
                guard let (_, end) = sized(), let inner = node(), offset == end else { return nil }
                return inner
            }
            let kind = bytes[offset]
            let style = bytes[offset + 1] &- 0x30
            offset += 2
            guard let tag = tag(), let line = number(until: ","), let column = number(until: ","),
                let count = number(until: ":"), count <= bytes.count - offset  // a node takes a byte at least
            else { return nil }
            let content: YAMLValue.Content
            switch kind {
            case UInt8(ascii: "s"):
                guard let style = YAMLScalar.Style(rawValue: style), let text = string(count) else { return nil }
                content = .scalar(YAMLScalar(text, style: style, tag: tag))
            case UInt8(ascii: "m"):
                var pairs: [YAMLValue.Pair] = []
                pairs.reserveCapacity(count)
                for _ in 0..<count {
                    guard let key = node(), let value = node() else { return nil }
                    pairs.append(YAMLValue.Pair(key: key, value: value))
                }
                content = .mapping(pairs)
            case UInt8(ascii: "q"):
                var items: [YAMLValue] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    guard let item = node() else { return nil }
                    items.append(item)
                }
                content = .sequence(items)
            default:
                return nil
            }
            return YAMLValue(content, line: line, column: column)
        }

        /// Walks over a node without building it; false when it is malformed.
        mutating func skip() -> Bool {
            guard offset < bytes.count else { return false }
            if bytes[offset] == UInt8(ascii: "z") {
                guard let (_, end) = sized() else { return false }
                offset = end
                return true
            }
            let kind = bytes[offset]
            offset += 1
            guard let count = header() else { return false }
            switch kind {
            case UInt8(ascii: "s"): offset += count
            case UInt8(ascii: "m"): return (0..<count).allSatisfy { _ in skip() && skip() }
            case UInt8(ascii: "q"): return (0..<count).allSatisfy { _ in skip() }
            default: return false
            }
            return true
        }

        /// Reads a node's header after its kind (style, tag, position) and returns its count; nil when it is
        /// malformed or the count is beyond the bytes left.
        mutating func header() -> Int? {
            guard offset < bytes.count else { return nil }
            offset += 1  // the style
            guard tag() != nil, number(until: ",") != nil, number(until: ",") != nil, let count = number(until: ":"),
                count <= bytes.count - offset
            else { return nil }
            return count
        }

        /// What a node's tag tells a reader (mappings' and sequences' tags tell nothing: they are read and left).
        mutating func tag() -> YAMLScalar.Tag? {
            guard offset < bytes.count else { return nil }
            let code = bytes[offset]
            offset += 1
            switch code {
            case UInt8(ascii: "i"), UInt8(ascii: "n"), UInt8(ascii: "m"), UInt8(ascii: "q"): return .untyped
            case UInt8(ascii: "s"): return .string
            case UInt8(ascii: "x"):
                guard let length = number(until: ":"), let text = string(length) else { return nil }
                return YAMLScalar.Tag(name: text)
            default: return nil
            }
        }

        mutating func expect(_ byte: UInt8) -> Bool {
            guard offset < bytes.count, bytes[offset] == byte else { return false }
            offset += 1
            return true
        }

        /// A decimal number of up to 12 digits ended by `terminator` (inlined: three are read for every node).
        @inline(__always)
        mutating func number(until terminator: Unicode.Scalar) -> Int? {
            let start = offset
            var value = 0
            while offset < bytes.count, offset - start < 12 {
                let digit = bytes[offset] &- 0x30
                guard digit < 10 else { break }
                value = value &* 10 &+ Int(digit)
                offset += 1
            }
            guard offset > start, expect(UInt8(ascii: terminator)) else { return nil }
            return value
        }

        /// `length` UTF-8 bytes as a string.
        mutating func string(_ length: Int) -> String? {
            guard length >= 0, offset + length <= bytes.count else { return nil }
            defer { offset += length }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)]), as: UTF8.self)
        }
    }
}
