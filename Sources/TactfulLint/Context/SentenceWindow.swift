/// Sentences around a finding, found by a cheap scan for sentence ends (`. ! ? 。 ！ ？` before a space or the end,
/// and line breaks) instead of ICU's sentence iterator: reading the context of a few findings per draft must not
/// cost a segmentation of the whole draft.
enum SentenceWindow {
    /// The sentence holding `span` (at least the span), within its line.
    static func sentence(around span: Range<Int>, in units: [UInt16]) -> Range<Int> {
        var start = span.lowerBound
        while start > 0, !endsSentence(at: start - 1, in: units) { start -= 1 }
        var end = span.upperBound
        while end < units.count, !endsSentence(at: end, in: units) { end += 1 }
        if end < units.count, units[end] != 0x0A, units[end] != 0x0D { end += 1 }  // keep the terminator
        return start..<max(end, span.upperBound)
    }

    /// The sentence starting at or after `offset` (skipping spaces and line breaks), or nil at the end of the text.
    static func sentence(after offset: Int, in units: [UInt16]) -> Range<Int>? {
        var start = offset
        while start < units.count, isSpace(units[start]) { start += 1 }
        guard start < units.count else { return nil }
        return sentence(around: start..<(start + 1), in: units)
    }

    /// True when `units[index]` ends a sentence: a line break, or `. ! ?` followed by a space or the end, or a CJK
    /// full stop, exclamation or question mark.
    private static func endsSentence(at index: Int, in units: [UInt16]) -> Bool {
        switch units[index] {
        case 0x0A, 0x0D, 0x3002, 0xFF01, 0xFF1F: return true
        case 0x2E, 0x21, 0x3F: return index + 1 == units.count || isSpace(units[index + 1])
        default: return false
        }
    }

    private static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0x3000
    }
}
