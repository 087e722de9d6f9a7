#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Texts kept as the UTF-8 bytes of one buffer, each made a `String` only when it is read: a table of thousands of
/// phrases of which a run reads a few tens (the stance families' and the law cues' words, which a one-draft run
/// decoded into some ten thousand strings only to look for a handful of them). Its bytes are read where they lie
/// (``withUTF8(_:_:)``). Each text is followed by one zero byte, so that a build-time list of texts joined by a
/// separator becomes a table by one copy of its bytes (``append(joined:separator:)``).
package struct TextTable: RandomAccessCollection, Equatable, Sendable, ExpressibleByArrayLiteral {
    /// Every text's bytes, each followed by a zero byte.
    private var bytes: [UInt8] = []
    /// Where each text ends in `bytes` (it starts a byte after the one before ends).
    private var ends: [Int32] = []

    /// No texts.
    package init() {}

    /// The texts of `texts`, in order.
    package init(_ texts: some Sequence<String>) {
        for text in texts { append(text) }
    }

    package init(arrayLiteral texts: String...) { self.init(texts) }

    package var startIndex: Int { 0 }
    package var endIndex: Int { ends.count }

    /// Text `index`, made a string.
    package subscript(index: Int) -> String {
        withUTF8(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of text `index`.
    package func withUTF8<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let range = (index == 0 ? 0 : Int(ends[index - 1]) + 1)..<Int(ends[index])
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The bytes the table holds: every text's and the byte after each.
    package var byteCount: Int { bytes.count }

    /// Makes room for `texts` texts of `bytes` bytes in all (``byteCount``), so that appending them does not copy the
    /// table.
    package mutating func reserveCapacity(bytes: Int, texts: Int) {
        self.bytes.reserveCapacity(bytes)
        ends.reserveCapacity(texts)
    }

    /// Calls `body` with the UTF-8 bytes of each text, in order.
    package func forEachUTF8(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            for end in ends {
                body(UnsafeBufferPointer(rebasing: bytes[start..<Int(end)]))
                start = Int(end) + 1
            }
        }
    }

    /// Appends `text`.
    package mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        ends.append(Int32(bytes.count))
        bytes.append(0)
    }

    /// Appends the text of the UTF-8 `utf8` (valid UTF-8: the bytes of a whole string, or a part cut at an ASCII
    /// byte).
    package mutating func append(utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: utf8)
        ends.append(Int32(bytes.count))
        bytes.append(0)
    }

    /// Appends the texts of the UTF-8 `utf8` that `separator` (an ASCII byte no text holds) parts, in order, and
    /// returns how many: one for bytes without a separator, empty texts kept. The bytes are copied at once and the
    /// separators found with `memchr`: a built-in list of thousands of phrases costs no step per text but its end.
    @discardableResult
    package mutating func append(joined utf8: UnsafeBufferPointer<UInt8>, separator: UInt8) -> Int {
        let offset = bytes.count, before = ends.count
        bytes.append(contentsOf: utf8)
        bytes.append(0)
        if let base = utf8.baseAddress {
            var start = 0
            while let found = memchr(base + start, Int32(separator), utf8.count - start) {
                let position = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                ends.append(Int32(offset + position))
                start = position + 1
            }
        }
        ends.append(Int32(offset + utf8.count))
        // The separators become zero bytes in one pass over the table's memory (one by one, each write checked the
        // table's uniqueness: a fifth of copying the stance literals).
        let added = ends[before...]
        bytes.withUnsafeMutableBufferPointer { bytes in
            for end in added { bytes[Int(end)] = 0 }
        }
        return ends.count - before
    }

    /// Appends every text of `other`, in order.
    package mutating func append(contentsOf other: TextTable) {
        let offset = Int32(bytes.count)
        bytes.append(contentsOf: other.bytes)
        ends.append(contentsOf: other.ends.map { $0 + offset })
    }
}
