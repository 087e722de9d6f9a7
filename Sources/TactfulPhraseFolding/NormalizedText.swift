import TactfulICU

/// The text folded for matching: NFKC case folding (so "CAN'T", "Can't" and full-width "ＣＡＮ'Ｔ" agree),
/// curly apostrophes made straight, whitespace runs made one space, Arabic vowel marks dropped and letter variants
/// made one (``ArabicFolding``). Word boundaries (with a word start after a French
/// or Italian elided prefix, ``Elision``) and a map back to original
/// UTF-16 offsets are kept, so a match in folded text is reported on the exact original span.
package struct NormalizedText: Sendable {
    /// Folded UTF-16 units.
    package let units: [UInt16]
    /// `originalOffset[i]`: original UTF-16 offset of folded unit `i` (its segment's start); one extra entry
    /// for the end of the text.
    package let originalOffset: [Int32]
    /// `isBoundary[i]`: a word-break boundary lies before folded unit `i` (one extra entry for the end).
    package let isBoundary: [Bool]

    package init(utf16: [UInt16], segments: [ICU.Segment]) throws(ICUError) {
        if Self.isASCII(utf16) {
            var (units, offsets, boundary) = Self.foldASCII(utf16, segments)
            Elision.markWordStarts(units, &boundary)
            self.init(units: units, originalOffset: offsets, isBoundary: boundary)
        } else {
            try self.init(segmentwise: utf16, segments: segments)
        }
    }

    private init(units: [UInt16], originalOffset: [Int32], isBoundary: [Bool]) {
        (self.units, self.originalOffset, self.isBoundary) = (units, originalOffset, isBoundary)
    }

    /// Folds `utf16` segment by segment: the way for any text. An all-ASCII text takes ``foldASCII(_:_:)`` instead,
    /// which gives the same (the tests compare the two).
    package init(segmentwise utf16: [UInt16], segments: [ICU.Segment]) throws(ICUError) {
        var units: [UInt16] = []
        var offsets: [Int32] = []
        var boundary: [Bool] = []
        units.reserveCapacity(utf16.count)
        offsets.reserveCapacity(utf16.count + 1)
        boundary.reserveCapacity(utf16.count + 1)
        var sawArabic = false
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
                    for (position, unit) in slice.enumerated() {
                        units.append(unit >= 0x41 && unit <= 0x5A ? unit + 0x20 : unit)
                        offsets.append(Int32(range.lowerBound + position))
                        boundary.append(position == 0)
                    }
                } else {
                    let arabic = try Self.appendFolded(slice, at: range.lowerBound, &units, &offsets, &boundary)
                    sawArabic = sawArabic || arabic
                }
            }
        }
        offsets.append(Int32(utf16.count))
        boundary.append(true)
        Elision.markWordStarts(units, &boundary)
        if sawArabic { ArabicFolding.markWordStarts(units, &boundary) }
        self.init(units: units, originalOffset: offsets, isBoundary: boundary)
    }

    /// An all-ASCII text (most English drafts) folded into buffers of its own length: folding ASCII lowers letters
    /// and merges spaces, so it never grows. Offsets are converted without overflow checks (a text is linted in
    /// sections far shorter than 2^31 units, `TextSections`), and only a segment that starts with whitespace is
    /// tested for being all whitespace (a word's first unit rules it out).
    ///
    /// In two passes: the segments are read for word starts and for the *runs* of the folded text, stretches that
    /// fold unit for unit from a stretch of the text (words, and single spaces not merged into a space before them);
    /// other whitespace (a line break, a tab, a run of spaces) is a run of one space. Then each run is copied in one
    /// loop, which the compiler vectorises: copying segment by segment, unit by unit, cost some 11,000 instructions
    /// a reply.
    private static func foldASCII(_ utf16: [UInt16], _ segments: [ICU.Segment]) -> ([UInt16], [Int32], [Bool]) {
        let capacity = utf16.count + 1
        var boundary = [Bool].filled(false, count: capacity)
        // Where each run starts in the text and in the folded units, and whether it is a merged space; a run ends
        // where the next starts (the last at `count`).
        var runs: [(source: Int, target: Int, isSpace: Bool)] = []
        runs.reserveCapacity(16)
        var count = 0
        utf16.withUnsafeBufferPointer { text in
            boundary.withUnsafeMutableBufferPointer { boundary in
                // Where the open run's next unit would come from in the text (-1: no run is open), and whether the
                // last folded unit is a space that starts a segment (a next whitespace segment merges into it).
                var runSource = -1, endsInSpace = false
                for segment in segments {
                    let range = segment.range
                    if range.isEmpty || isASCIISpace(text[range.lowerBound]), text[range].allSatisfy(isASCIISpace) {
                        guard !endsInSpace else { continue }
                        endsInSpace = true
                        boundary[count] = true
                        if range.count == 1, text[range.lowerBound] == 0x20, runSource == range.lowerBound {
                            runSource &+= 1
                        } else {
                            runs.append((range.lowerBound, count, true))
                            runSource = -1
                        }
                        count &+= 1
                        continue
                    }
                    endsInSpace = false
                    if runSource != range.lowerBound { runs.append((range.lowerBound, count, false)) }
                    boundary[count] = true
                    count &+= range.count
                    runSource = range.upperBound
                }
                boundary[count] = true
            }
        }
        boundary.removeLast(capacity - count - 1)
        var units = [UInt16].filled(0, count: count), offsets = [Int32].filled(0, count: count + 1)
        units.withUnsafeMutableBufferPointer { units in
            offsets.withUnsafeMutableBufferPointer { offsets in
                utf16.withUnsafeBufferPointer { text in
                    for index in runs.indices {
                        let (source, target, isSpace) = runs[index]
                        guard !isSpace else {
                            (units[target], offsets[target]) = (0x20, Int32(truncatingIfNeeded: source))
                            continue
                        }
                        let end = index &+ 1 < runs.count ? runs[index &+ 1].target : count
                        let from = text.baseAddress! + source, to = units.baseAddress! + target
                        let offset = offsets.baseAddress! + target
                        for position in 0..<(end &- target) {
                            let unit = from[position]
                            to[position] = unit &- 0x41 < 26 ? unit | 0x20 : unit
                            offset[position] = Int32(truncatingIfNeeded: source &+ position)
                        }
                    }
                }
                offsets[count] = Int32(utf16.count)
            }
        }
        return (units, offsets, boundary)
    }

    /// Appends a non-ASCII segment folded with NFKC case folding. Same length (most CJK, Hangul, accented text):
    /// unit-for-unit offsets, so a suffix match such as a Korean ending maps to exactly its units; otherwise every
    /// folded unit maps to the segment start. True when the segment holds Arabic.
    private static func appendFolded(
        _ slice: UnsafeBufferPointer<UInt16>, at start: Int, _ units: inout [UInt16],
        _ offsets: inout [Int32], _ boundary: inout [Bool]
    ) throws(ICUError) -> Bool {
        let first = units.count
        try ICU.appendNormalized(slice, to: .nfkcCasefold, into: &units)
        let arabic = slice.contains(where: ArabicFolding.isArabic)
        let sameLength = !(arabic && ArabicFolding.fold(&units, from: first)) && units.count - first == slice.count
        for position in 0..<(units.count - first) {
            units[first + position] = Self.straightenApostrophe(units[first + position])
            offsets.append(Int32(sameLength ? start + position : start))
            boundary.append(position == 0)
        }
        return arabic
    }

    /// The original range of a folded range whose ends are word boundaries.
    package func originalRange(_ range: Range<Int>) -> Range<Int> {
        Int(originalOffset[range.lowerBound])..<Int(originalOffset[range.upperBound])
    }

    /// True when every unit is ASCII: the units are OR-ed without an early exit, which the compiler vectorises.
    private static func isASCII(_ utf16: [UInt16]) -> Bool {
        utf16.withUnsafeBufferPointer { units in
            var anyHighBits: UInt16 = 0
            for unit in units { anyHighBits |= unit }
            return anyHighBits < 0x80
        }
    }

    /// ``isSpace(_:)`` for an ASCII unit: a space, a tab or a line break.
    private static func isASCIISpace(_ unit: UInt16) -> Bool { unit == 0x20 || (unit >= 0x09 && unit <= 0x0D) }

    package static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || (unit >= 0x09 && unit <= 0x0D) || unit == 0x85 || unit == 0xA0 || unit == 0x3000
            || unit == 0x202F || (unit >= 0x2000 && unit <= 0x200A) || unit == 0x2028 || unit == 0x2029
    }

    package static func straightenApostrophe(_ unit: UInt16) -> UInt16 {
        switch unit {
        case 0x2019, 0x2018, 0x02BC, 0xFF07: 0x27
        default: unit
        }
    }
}
