import TactfulICU

extension NormalizedText {
    /// Folds many phrases as ``foldSegmenting(_:with:)`` folds each: the ASCII ones without ICU, the rest segmented in
    /// one pass, joined by line feeds. A line feed is a word boundary on both sides under every ICU word rule (UAX #29
    /// WB3a/WB3b) and ends a dictionary run (Japanese, Chinese, Thai), so each phrase gets the segments it gets
    /// alone; a phrase that a segment runs out of (one ending in a carriage return) is folded alone. A market has
    /// thousands of phrases, and one ICU pass instead of one per phrase is most of folding them.
    ///
    /// Folds `phrases[i]` for each `i` of `indexes` into phrase `i` of `folded`; a phrase `table` holds (folded when
    /// the binary was built, with `words`' locale) is taken from it.
    package static func fold(
        _ phrases: [String], at indexes: [Int], into folded: inout FoldedPhrases, with words: ICU.BreakIterator,
        table: FoldedPhraseTable? = nil
    ) throws(ICUError) {
        var joined: [UInt16] = []
        var ranges: [(phrase: Int, range: Range<Int>)] = []
        for index in indexes where !folded.setFoldingASCII(index, phrases[index]) {
            if let table, folded.setLookingUp(index, phrases[index], in: table) { continue }
            let start = joined.count
            joined.append(contentsOf: phrases[index].utf16)
            ranges.append((index, start..<joined.count))
            joined.append(0x0A)
        }
        guard !ranges.isEmpty else { return }
        let segments = try words.segments(of: joined)
        var next = 0  // the first segment not yet given to a phrase
        for (phrase, range) in ranges {
            while next < segments.count, segments[next].range.upperBound <= range.lowerBound { next += 1 }
            var own: [ICU.Segment] = []
            var whole = next < segments.count && segments[next].range.lowerBound == range.lowerBound
            while whole, next < segments.count, segments[next].range.lowerBound < range.upperBound {
                let segment = segments[next]
                guard segment.range.upperBound <= range.upperBound else {
                    whole = false
                    break
                }
                own.append(
                    ICU.Segment(
                        range: segment.range.lowerBound - range.lowerBound..<segment.range.upperBound
                            - range.lowerBound,
                        kind: segment.kind))
                next += 1
            }
            whole = whole && own.last?.range.upperBound == range.count
            let units =
                whole
                ? trimmed(try NormalizedText(utf16: Array(joined[range]), segments: own).units)
                : try foldSegmenting(phrases[phrase], with: words)
            folded.set(phrase, to: units)
        }
    }

    /// Appends an all-ASCII phrase (most phrases of Latin-script packs) to `units` folded without ICU: letters
    /// lowered, each run of whitespace one space, none at either end; false (nothing appended) for any other
    /// phrase. The same as segmenting it first, because ICU's word rules never put an ASCII space and a non-space
    /// in one segment (the pack literals and random text in the tests agree).
    package static func foldASCII(_ phrase: String, appendingTo units: inout [UInt16]) -> Bool {
        forEachFoldedASCIIUnit(of: phrase) { unit in
            units.append(unit)
            return true
        } != nil
    }

    /// Calls `body` with each unit of `phrase` folded as ``foldASCII(_:appendingTo:)`` folds it, in order, while
    /// `body` returns true; nil, without a call, when the phrase is not all ASCII, else whether `body` took every
    /// unit. Lets a phrase be judged by its folded units without building them.
    package static func forEachFoldedASCIIUnit(of phrase: String, _ body: (UInt16) -> Bool) -> Bool? {
        // Its bytes read in place (a native string's are contiguous): a copy of the string cost more than folding.
        phrase.utf8.withContiguousStorageIfAvailable { forEachFoldedASCIIUnit(of: $0, body) }
            ?? Array(phrase.utf8).withUnsafeBufferPointer { forEachFoldedASCIIUnit(of: $0, body) }
    }

    /// ``forEachFoldedASCIIUnit(of:_:)`` over the UTF-8 bytes of a phrase.
    package static func forEachFoldedASCIIUnit(of bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt16) -> Bool) -> Bool?
    {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        var started = false, spacePending = false
        for byte in bytes {
            let unit = UInt16(byte)
            if unit > 0x20 || !isSpace(unit) {  // no ASCII space is above U+0020: most bytes skip the test
                if spacePending, !body(0x20) { return false }  // a run of spaces is one space, none trailing
                guard body(unit >= 0x41 && unit <= 0x5A ? unit + 0x20 : unit) else { return false }
                (started, spacePending) = (true, false)
            } else {
                spacePending = started  // none leading
            }
        }
        return true
    }

    /// Folds a phrase from a pack the same way a text is folded, so the two compare equal (`words`: a word
    /// iterator for the market's language); ``fold(_:with:)`` folds many at once.
    package static func foldSegmenting(
        _ phrase: String, with words: ICU.BreakIterator
    ) throws(ICUError) -> [UInt16] {
        let utf16 = Array(phrase.utf16)
        return trimmed(try NormalizedText(utf16: utf16, segments: try words.segments(of: utf16)).units)
    }

    /// Units without leading and trailing spaces.
    package static func trimmed(_ units: [UInt16]) -> [UInt16] {
        var units = units
        while units.first == 0x20 { units.removeFirst() }
        while units.last == 0x20 { units.removeLast() }
        return units
    }
}
