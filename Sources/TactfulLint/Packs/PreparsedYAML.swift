import TactfulData
import Yams

/// The built-in YAML files' node trees, pre-parsed at build time (the `EmbedData` plugin's `tactful-embed`), read
/// back without a YAML parser: the same nodes, tags (unresolved where composing leaves them so), styles and
/// positions as `Yams.compose(yaml:, .basic)` gives,
/// at a fraction of the cost (parsing the packs and glossaries with libyaml was a third of a one-draft lint).
///
/// The encoding is documented in `Tools/tactful-embed/PreparsedYAML.swift`. Anything unexpected in it makes the
/// reader give up, and the caller parses the text as before.
enum PreparsedYAML {
    /// The tree of `text` when it is the built-in file at `path` (a user's file of the same path and other text
    /// is parsed as written), else nil.
    static func node(at path: String, text: String) -> Node? {
        guard let encoded = BuiltInData.preparsedYAML(at: path), BuiltInData.text(at: path) == text else { return nil }
        return decode(encoded)
    }

    /// What `Yams.load(yaml:, .basic)` gives for the built-in file at `path` (nil when there is none), read from its
    /// pre-parsed tree when there is one.
    static func load(at path: String) -> Any? {
        guard let text = BuiltInData.text(at: path) else { return nil }
        if let node = node(at: path, text: text) { return node.any }
        return try? Yams.load(yaml: text, .basic)
    }

    /// Decodes an encoded tree; nil when it is malformed.
    static func decode(_ encoded: String) -> Node? {
        guard Marks.work else { return nil }
        var encoded = encoded
        return encoded.withUTF8 { bytes -> Node? in
            var reader = Reader(bytes: bytes)
            guard reader.expect(UInt8(ascii: "Y")), reader.expect(UInt8(ascii: "1")), let node = reader.node(),
                reader.offset == bytes.count
            else { return nil }
            return node
        }
    }

    /// Reads nodes from the encoded bytes; every read checks its bounds.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0
        /// One constructor for every tag, as a parser holds one (`Constructor.default` builds a new one, with its
        /// tables, on each use).
        let constructor = Constructor.default

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func node() -> Node? {
            guard offset + 2 <= bytes.count else { return nil }
            let kind = bytes[offset]
            let style = UInt32(bytes[offset + 1]) &- 0x30
            offset += 2
            guard let tag = tag(), let line = number(until: ","), let column = number(until: ","),
                let count = number(until: ":")
            else { return nil }
            let mark = line == 0 ? nil : Marks.make(line: line, column: column)
            switch kind {
            case UInt8(ascii: "s"):
                guard let style = Node.Scalar.Style(rawValue: style), let text = string(count) else { return nil }
                return .scalar(.init(text, tag, style, mark))
            case UInt8(ascii: "m"):
                guard let style = Node.Mapping.Style(rawValue: style) else { return nil }
                var pairs: [(Node, Node)] = []
                pairs.reserveCapacity(count)
                for _ in 0..<count {
                    guard let key = node(), let value = node() else { return nil }
                    pairs.append((key, value))
                }
                return .mapping(.init(pairs, tag, style, mark))
            case UInt8(ascii: "q"):
                guard let style = Node.Sequence.Style(rawValue: style) else { return nil }
                var items: [Node] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    guard let item = node() else { return nil }
                    items.append(item)
                }
                return .sequence(.init(items, tag, style, mark))
            default:
                return nil
            }
        }

        /// A new tag (tags left implicit are resolved, and changed, on first use: never shared) with the basic
        /// resolver, as composing with it makes.
        mutating func tag() -> Tag? {
            guard offset < bytes.count else { return nil }
            let code = bytes[offset]
            offset += 1
            let name: Tag.Name
            switch code {
            case UInt8(ascii: "i"): name = .implicit
            case UInt8(ascii: "n"): name = .nonSpecific
            case UInt8(ascii: "s"): name = .str
            case UInt8(ascii: "m"): name = .map
            case UInt8(ascii: "q"): name = .seq
            case UInt8(ascii: "x"):
                guard let length = number(until: ":"), let text = string(length) else { return nil }
                name = Tag.Name(rawValue: text)
            default: return nil
            }
            return Tag(name, .basic, constructor)
        }

        mutating func expect(_ byte: UInt8) -> Bool {
            guard offset < bytes.count, bytes[offset] == byte else { return false }
            offset += 1
            return true
        }

        /// A decimal number ended by `terminator`.
        mutating func number(until terminator: Unicode.Scalar) -> Int? {
            var value = 0
            var digits = 0
            while offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39, digits < 12 {
                value = value * 10 + Int(bytes[offset] - 0x30)
                offset += 1
                digits += 1
            }
            guard digits > 0, expect(UInt8(ascii: terminator)) else { return nil }
            return value
        }

        /// `length` UTF-8 bytes as a string.
        mutating func string(_ length: Int) -> String? {
            guard length >= 0, offset + length <= bytes.count else { return nil }
            defer { offset += length }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)]), as: UTF8.self)
        }
    }

    /// Yams gives `Mark` no public initializer; its layout is a line and a column, two `Int`s. Marks are made from
    /// that pair, and used only once a made mark is checked to read back as made (else nothing is pre-parsed).
    private enum Marks {
        static func make(line: Int, column: Int) -> Mark {
            unsafeBitCast(LineAndColumn(line: line, column: column), to: Mark.self)
        }

        private struct LineAndColumn {
            let line: Int
            let column: Int
        }

        static let work: Bool = {
            guard MemoryLayout<Mark>.size == MemoryLayout<LineAndColumn>.size else { return false }
            let mark = make(line: 12_345, column: 678)
            return mark.line == 12_345 && mark.column == 678
        }()
    }
}
