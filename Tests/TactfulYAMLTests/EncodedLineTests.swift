import Testing

@testable import TactfulYAML

/// The line reader of the build-time encodings: fields split at every tab and line feed wherever they fall among
/// the eight-byte words it skips, and reading stops at a refused line.
@Suite struct EncodedLineTests {
    /// Every line's fields as strings, or nil when `refusing` refused one.
    private func lines(_ text: String, refusing: String? = nil) -> [[String]]? {
        var text = text
        var lines: [[String]] = []
        let complete = text.withUTF8 { bytes in
            EncodedLine.read(bytes) { line in
                let fields = (0..<line.count).map(line.string)
                guard fields.first != refusing else { return false }
                lines.append(fields)
                return true
            }
        }
        return complete ? lines : nil
    }

    @Test func fieldsAreSplitAtTabsAndLinesAtLineFeeds() {
        #expect(
            lines("w\tde\trefund\tgeld zurück\nd\tTagen\tday") == [
                ["w", "de", "refund", "geld zurück"], ["d", "Tagen", "day"],
            ])
        #expect(lines("") == [])
        #expect(lines("a\n") == [["a"]])
        #expect(lines("a\n\nb\t") == [["a"], [""], ["b", ""]])
    }

    @Test func separatorsAreFoundAtEveryOffsetOfAWord() {
        for offset in 0..<20 {
            let head = String(repeating: "é", count: offset / 2) + String(repeating: "x", count: offset % 2)
            let tail = String(repeating: "y", count: 24 - offset)
            #expect(lines(head + "\t" + tail + "\n返品\tz") == [[head, tail], ["返品", "z"]])
        }
    }

    @Test func aRefusedLineStopsTheReading() {
        #expect(lines("a\tb\nstop\nc", refusing: "stop") == nil)
        #expect(lines("a\tb\nc", refusing: "stop") == [["a", "b"], ["c"]])
    }

    @Test func aFieldIsReadAsATagOrANumber() {
        var text = "r\t12\t1x\t\tr"
        let read = text.withUTF8 { bytes in
            var read: [Int?] = []
            _ = EncodedLine.read(bytes) { line in
                #expect(line.field(0, is: "r") && !line.field(1, is: "r") && !line.field(3, is: "r"))
                read = (1..<line.count).map(line.integer)
                return true
            }
            return read
        }
        #expect(read == [12, nil, nil, nil])
    }
}
