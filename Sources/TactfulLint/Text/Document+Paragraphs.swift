extension Document {
    /// The body's paragraphs: runs of body lines (not greeting, sign-off or quoted text) between blank lines,
    /// without their line breaks.
    func bodyParagraphs() -> [Range<Int>] {
        var paragraphs: [Range<Int>] = []
        var current: Range<Int>?
        for line in 0..<lineStarts.count {
            let range = lineRange(line)
            let blank = utf16[range].allSatisfy {
                $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A || $0 == 0x3000
            }
            if blank || scopes.lineScope(at: line) != .body {
                if let open = current { paragraphs.append(open) }
                current = nil
                continue
            }
            current = current.map { $0.lowerBound..<range.upperBound } ?? range
        }
        if let open = current { paragraphs.append(open) }
        return paragraphs
    }
}
