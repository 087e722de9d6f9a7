import TactfulICU

extension PatternRule {
    /// `requires-beside: [wir, ich]` — words of which every match of the regex has one right before or right after one
    /// of the rule's `requires` words, one run of whitespace between:
    /// `\b(?:wir|ich)\s+(?:können|kann)|(?:können|kann)\s+(?:wir|ich)`. A line where no required word stands so is not
    /// searched, so "können Sie … nicht" compiles no regex. `requires-beside-of: [dia, dias]` names other words to
    /// stand beside (`\b[1-4]\s+dias?`: "7 dias" runs nothing).
    ///
    /// Exact for such a regex: the line is case-folded as a case-insensitive ICU regex compares text (full case
    /// folding, `u_strFoldCase`, which leaves white space alone), the required words are looked for in it wherever
    /// they occur (inside words too, whatever ICU's word breaks), and the whitespace read here is every unit ICU's
    /// `\s` matches (and a few more, which only lets more lines through). A word beside one is a whole word as far as
    /// ASCII letters and digits go: one that starts (before the required word) or ends (after it) with an ASCII
    /// letter or digit does not count where another stands on its far side, as a `\b`, a `\s` or a look-behind for
    /// `\w` there asks (`4` in `14 jours` is not `4 jours`). Only a letter or digit folds to an ASCII one.
    struct RequiredNeighbours: Sendable {
        let words: [String]
        /// The words one of `words` must stand beside: the rule's `requires` words, or its `requires-beside-of` ones.
        let required: [String]

        /// Nil for no words.
        init?(_ words: [String], beside required: [String]) {
            guard !words.isEmpty else { return nil }
            (self.words, self.required) = (words, required)
        }

        /// True when `line` holds one of the required words with one of the words right before or after it, one or
        /// more whitespace units between (true as well if ICU cannot fold: the regex then decides).
        func occur(in line: ArraySlice<UInt16>) -> Bool {
            do {
                let text = try Self.folded(line)
                let words = try self.words.map { word throws(ICUError) in try Self.folded(word) }
                let required = try self.required.map { word throws(ICUError) in try Self.folded(word) }
                return required.contains { anchor in
                    text.ranges(of: anchor).contains { found in
                        var before = found.lowerBound
                        while before > 0, Self.isSpace(text[before - 1]) { before -= 1 }
                        var after = found.upperBound
                        while after < text.count, Self.isSpace(text[after]) { after += 1 }
                        return words.contains { word in
                            (before < found.lowerBound && text[..<before].suffix(word.count).elementsEqual(word)
                                && !Self.joins(word.first, text, at: before - word.count - 1))
                                || (after > found.upperBound && text[after...].starts(with: word)
                                    && !Self.joins(word.last, text, at: after + word.count))
                        }
                    }
                }
            } catch {
                return true
            }
        }

        /// True when `edge`, a word's first or last unit, and the unit at `index` of `text` (its neighbour on the far
        /// side) are both ASCII letters or digits: the word is then part of a longer one.
        private static func joins(_ edge: UInt16?, _ text: [UInt16], at index: Int) -> Bool {
            guard let edge, text.indices.contains(index) else { return false }
            return isASCIILetterOrDigit(edge) && isASCIILetterOrDigit(text[index])
        }

        private static func isASCIILetterOrDigit(_ unit: UInt16) -> Bool {
            (0x30...0x39).contains(unit) || (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit)
        }

        /// `units` case-folded as ICU folds them (made a `String` by specialized code: the standard library's
        /// generic UTF-16 decoding costs about a million instructions at its first use in a process).
        private static func folded(_ units: ArraySlice<UInt16>) throws(ICUError) -> [UInt16] {
            try folded(units.withUnsafeBufferPointer(ICU.string(utf16:)))
        }

        /// `text` case-folded as ICU folds it, in UTF-16 units.
        private static func folded(_ text: String) throws(ICUError) -> [UInt16] {
            Array(try ICU.foldCase(text).utf16)
        }

        /// White space as ICU's `\s` reads it (`\p{White_Space}`, and `[\t\n\f\r\p{Z}]` as its documentation says).
        static func isSpace(_ unit: UInt16) -> Bool {
            switch unit {
            case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
            default: false
            }
        }
    }
}
