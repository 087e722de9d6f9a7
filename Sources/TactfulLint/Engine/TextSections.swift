/// A long text cut into sections that are linted one at a time, so that a linter's memory stays bounded by the
/// section's length rather than the text's.
///
/// Cuts fall after a blank line where there is one in the second half of a section, else after a line break, else
/// after a sentence's end, else after a space, else between two characters; never inside a surrogate pair.
struct TextSections: Sequence {
    /// The longest section, in UTF-16 units (256 Ki: some 60 pages of prose, far beyond any reply).
    static let length = 1 << 18

    /// One section: its text and where it starts in the whole text.
    struct Section {
        let text: String
        /// The UTF-16 offset of its first unit in the whole text.
        let offset: Int
        /// The 1-based line and column of its first unit in the whole text.
        let line: Int, column: Int

        /// `finding`, positioned in the section, moved to its place in the whole text.
        func shifted(_ finding: Finding) -> Finding {
            guard offset > 0 else { return finding }
            var finding = finding
            finding.span = (finding.span.lowerBound + offset)..<(finding.span.upperBound + offset)
            if finding.line == 1 { finding.column += column - 1 }
            if finding.endLine == 1 { finding.endColumn += column - 1 }
            finding.line += line - 1
            finding.endLine += line - 1
            return finding
        }
    }

    private let text: String
    /// Where sections start: UTF-16 offset, line and column (the first at 0, line 1, column 1).
    private let starts: [(offset: Int, line: Int, column: Int)]

    /// The sections of `text`, each at most `length` units long (one section when the text is shorter).
    init(_ text: String, length: Int = Self.length) {
        self.text = text
        let count = text.utf16.count
        guard count > length else {
            starts = [(0, 1, 1)]
            return
        }
        let units = Array(text.utf16)
        var starts = [(offset: 0, line: 1, column: 1)]
        while let last = starts.last, count - last.offset > length {
            let next = Self.cut(units, from: last.offset, length: length)
            var (line, column) = (last.line, last.column)
            for index in last.offset..<next {
                // LF, CRLF and a lone CR end a line, as in `Document`.
                if units[index] == 0x0A || (units[index] == 0x0D && (index + 1 == count || units[index + 1] != 0x0A)) {
                    (line, column) = (line + 1, 1)
                } else {
                    column += 1
                }
            }
            starts.append((next, line, column))
        }
        self.starts = starts
    }

    /// The sections in order, each cut from the text as its turn comes.
    func makeIterator() -> Iterator { Iterator(sections: self) }

    /// Walks ``TextSections`` (a type of its own: an `AnyIterator` cost a conformance lookup of 0.5M instructions
    /// the first time a process linted).
    struct Iterator: IteratorProtocol {
        private let sections: TextSections
        private var index = 0
        private var lower: String.UTF16View.Index

        fileprivate init(sections: TextSections) {
            self.sections = sections
            lower = sections.text.utf16.startIndex
        }

        /// The next section, or nil after the last.
        mutating func next() -> Section? {
            let (text, starts) = (sections.text, sections.starts)
            guard index < starts.count else { return nil }
            let start = starts[index]
            let upper =
                index + 1 < starts.count
                ? text.utf16.index(lower, offsetBy: starts[index + 1].offset - start.offset) : text.utf16.endIndex
            defer { (index, lower) = (index + 1, upper) }
            return Section(
                text: String(text[lower..<upper]), offset: start.offset, line: start.line, column: start.column)
        }
    }

    /// Where the section starting at `start` ends: the best cut in the second half of its longest extent.
    private static func cut(_ units: [UInt16], from start: Int, length: Int) -> Int {
        let latest = start + length, earliest = start + length / 2
        let preferences: [(Int) -> Bool] = [
            { units[$0 - 1] == 0x0A && units[$0 - 2] == 0x0A },  // after a blank line
            { units[$0 - 1] == 0x0A },  // after a line break
            { isSentenceEnd(units[$0 - 2]) && isSpace(units[$0 - 1]) || isWideSentenceEnd(units[$0 - 1]) },
            { isSpace(units[$0 - 1]) },
        ]
        for prefers in preferences {
            if let found = stride(from: latest, through: earliest, by: -1).first(where: prefers) { return found }
        }
        let isLowSurrogate = (0xDC00...0xDFFF).contains(units[latest])
        return isLowSurrogate ? latest - 1 : latest
    }

    private static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x3000
    }
    private static func isSentenceEnd(_ unit: UInt16) -> Bool { unit == 0x2E || unit == 0x21 || unit == 0x3F }
    /// 。！？ and their full-width forms end a sentence without a space after them.
    private static func isWideSentenceEnd(_ unit: UInt16) -> Bool { unit == 0x3002 || unit == 0xFF01 || unit == 0xFF1F }
}
