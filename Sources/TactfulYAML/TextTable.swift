/// Texts kept as the UTF-8 bytes of one buffer, each made a `String` only when it is read: a table of thousands of
/// phrases of which a run reads a few tens (the stance families' and the law cues' words, which a one-draft run
/// decoded into some ten thousand strings only to look for a handful of them). Its bytes are read where they lie
/// (``withUTF8(_:_:)``).
package struct TextTable: RandomAccessCollection, Equatable, Sendable, ExpressibleByArrayLiteral {
    /// Every text's bytes, one after another.
    private var bytes: [UInt8] = []
    /// Where each text ends in `bytes` (it starts where the one before ends).
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
        let range = Int(index == 0 ? 0 : ends[index - 1])..<Int(ends[index])
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The bytes of every text together.
    package var byteCount: Int { bytes.count }

    /// Makes room for `texts` texts of `bytes` bytes in all, so that appending them does not copy the table.
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
                start = Int(end)
            }
        }
    }

    /// Appends `text`.
    package mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        ends.append(Int32(bytes.count))
    }

    /// Appends the text of the UTF-8 `utf8` (valid UTF-8: the bytes of a whole string, or a part cut at an ASCII
    /// byte).
    package mutating func append(utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: utf8)
        ends.append(Int32(bytes.count))
    }

    /// Appends every text of `other`, in order.
    package mutating func append(contentsOf other: TextTable) {
        let offset = Int32(bytes.count)
        bytes.append(contentsOf: other.bytes)
        ends.append(contentsOf: other.ends.map { $0 + offset })
    }
}
