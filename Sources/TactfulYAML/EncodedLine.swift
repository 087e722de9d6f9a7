/// A line of a build-time encoding (a line each of tab-separated fields, as tactful-embed writes the stance families'
/// advice and the law cues' runs), read from the text's UTF-8 bytes: a tab or a line feed is one byte, never part of another
/// character's, so the fields are found in one pass over the bytes and a string is made of a field only when it is
/// read.
package struct EncodedLine {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var fields: [Range<Int>] = []

    /// How many fields the line has (one, empty, for an empty line).
    package var count: Int { fields.count }

    /// The field at `index` as a string.
    package func string(_ index: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[index]]), as: UTF8.self)
    }

    /// The field at `index` as a non-negative decimal number; nil when it is empty or holds anything but digits.
    package func integer(_ index: Int) -> Int? {
        let digits = bytes[fields[index]]
        guard !digits.isEmpty, digits.count < 19 else { return nil }
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// Whether the field at `index` is the one ASCII character `tag`.
    package func field(_ index: Int, is tag: Unicode.Scalar) -> Bool {
        fields[index].count == 1 && bytes[fields[index].lowerBound] == UInt8(ascii: tag)
    }

    /// Calls `body` with each line of `bytes` in order (no line after a final line feed), and stops at the first
    /// line it refuses (returns false); false when it refused one. The bytes are read eight at a time, up to the first
    /// tab or line feed among them (a field is some twenty bytes long).
    package static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (EncodedLine) -> Bool) -> Bool {
        var line = EncodedLine(bytes: bytes)
        var lineStart = 0, fieldStart = 0, index = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while index < bytes.count {
            if index + 8 <= bytes.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let separators = tabsAndLineFeeds(word)
                guard separators != 0 else {
                    index += 8
                    continue
                }
                index += separators.trailingZeroBitCount / 8
            }
            switch bytes[index] {
            case UInt8(ascii: "\t"):
                line.fields.append(fieldStart..<index)
                fieldStart = index + 1
            case UInt8(ascii: "\n"):
                line.fields.append(fieldStart..<index)
                guard body(line) else { return false }
                line.fields.removeAll(keepingCapacity: true)
                lineStart = index + 1
                fieldStart = index + 1
            default:
                break
            }
            index += 1
        }
        guard lineStart < bytes.count else { return true }
        line.fields.append(fieldStart..<bytes.count)
        return body(line)
    }

    /// The high bit of each of the eight bytes of `word` (the first in memory the lowest) that is a tab or a line feed,
    /// exact up to the lowest one: a byte equal to the one looked for leaves a zero byte after the exclusive or,
    /// which the borrow of the subtraction marks in its high bit (a borrow may mark a byte above it too).
    private static func tabsAndLineFeeds(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
        let tabs = word ^ 0x0909_0909_0909_0909, feeds = word ^ 0x0A0A_0A0A_0A0A_0A0A
        return ((tabs &- ones) & ~tabs | (feeds &- ones) & ~feeds) & highBits
    }
}
