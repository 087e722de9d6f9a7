import TactfulICU

/// The text folded for matching: NFKC case folding (so "CAN'T", "Can't" and full-width "ＣＡＮ'Ｔ" agree),
/// curly apostrophes made straight, whitespace runs made one space. Word boundaries and a map back to original
/// UTF-16 offsets are kept, so a match in folded text is reported on the exact original span.
struct NormalizedText: Sendable {
    /// Folded UTF-16 units.
    let units: [UInt16]
    /// `originalOffset[i]`: original UTF-16 offset of folded unit `i` (its segment's start); one extra entry
    /// for the end of the text.
    let originalOffset: [Int32]
    /// `isBoundary[i]`: a word-break boundary lies before folded unit `i` (one extra entry for the end).
    let isBoundary: [Bool]

    init(utf16: [UInt16], segments: [ICU.Segment]) throws(ICUError) {
        var units: [UInt16] = []
        var offsets: [Int32] = []
        var boundary: [Bool] = []
        units.reserveCapacity(utf16.count)
        offsets.reserveCapacity(utf16.count + 1)
        boundary.reserveCapacity(utf16.count + 1)
        try utf16.withUnsafeBufferPointer { (text) throws(ICUError) in
            for segment in segments {
                let range = segment.range
                let slice = UnsafeBufferPointer(rebasing: text[range])
                if slice.allSatisfy(Self.isSpace) {
                    if units.last != 0x20 || !(boundary.last ?? true) {
                        units.append(0x20)
                        offsets.append(Int32(range.lowerBound))
                        boundary.append(true)
                    }
                } else if slice.allSatisfy({ $0 < 0x80 }) {
                    // ASCII: lower-cased unit for unit, appended in bulk.
                    units.append(contentsOf: slice.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 })
                    offsets.append(contentsOf: (Int32(range.lowerBound)..<Int32(range.upperBound)))
                    boundary.append(true)
                    boundary.append(contentsOf: repeatElement(false, count: slice.count - 1))
                } else {
                    try Self.appendFolded(slice, at: range.lowerBound, &units, &offsets, &boundary)
                }
            }
        }
        offsets.append(Int32(utf16.count))
        boundary.append(true)
        self.units = units
        self.originalOffset = offsets
        self.isBoundary = boundary
    }

    /// Appends a non-ASCII segment folded with NFKC case folding. Same length (most CJK, Hangul, accented text):
    /// unit-for-unit offsets, so a suffix match such as a Korean ending maps to exactly its units; otherwise every
    /// folded unit maps to the segment start.
    private static func appendFolded(_ slice: UnsafeBufferPointer<UInt16>, at start: Int, _ units: inout [UInt16],
                                     _ offsets: inout [Int32], _ boundary: inout [Bool]) throws(ICUError) {
        let first = units.count
        try ICU.appendNormalized(slice, to: .nfkcCasefold, into: &units)
        let sameLength = units.count - first == slice.count
        for position in 0..<(units.count - first) {
            units[first + position] = Self.straightenApostrophe(units[first + position])
            offsets.append(Int32(sameLength ? start + position : start))
            boundary.append(position == 0)
        }
    }

    /// The original range of a folded range whose ends are word boundaries.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        Int(originalOffset[range.lowerBound])..<Int(originalOffset[range.upperBound])
    }

    /// Folds a phrase from a pack the same way the text is folded (`words`: a word iterator for the market's
    /// language), so the two compare equal.
    static func fold(_ phrase: String, with words: ICU.BreakIterator) throws(ICUError) -> [UInt16] {
        let utf16 = Array(phrase.utf16)
        let segments = try words.segments(of: utf16)
        var units = try NormalizedText(utf16: utf16, segments: segments).units
        while units.first == 0x20 { units.removeFirst() }
        while units.last == 0x20 { units.removeLast() }
        return units
    }

    static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || (unit >= 0x09 && unit <= 0x0D) || unit == 0x85 || unit == 0xA0 || unit == 0x3000
            || unit == 0x202F || (unit >= 0x2000 && unit <= 0x200A) || unit == 0x2028 || unit == 0x2029
    }

    static func straightenApostrophe(_ unit: UInt16) -> UInt16 {
        switch unit {
        case 0x2019, 0x2018, 0x02BC, 0xFF07: 0x27
        default: unit
        }
    }
}
