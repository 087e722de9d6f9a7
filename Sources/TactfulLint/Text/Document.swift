import TactfulICU
import TactfulPhraseFolding

/// A draft prepared for linting: its UTF-16 units, lines, ICU words and sentences, normalized text and scopes.
///
/// Built once per text and market language; every rule kind reads from it and none re-scans the raw string.
/// Sentences are segmented on first use (most rules never ask). Used by one lint call on one thread.
public final class Document {
    /// The original text.
    public let text: String
    /// The text as UTF-16 code units; every span in Tactful is a range of these.
    public let utf16: [UInt16]
    /// UTF-16 offset of the first unit of each line (line 1 starts at 0).
    let lineStarts: [Int]
    /// ICU word segments (dictionary-based for Japanese, Chinese and Thai), covering the whole text.
    let words: [ICU.Segment]
    /// ICU sentence segments, covering the whole text (segmented when first needed), with no break inside a German
    /// ordinal date ("am 6. Oktober": ``OrdinalDates``).
    private(set) lazy var sentences: [Range<Int>] = {
        let isASCII = !presentASCII.contains(AsciiSet.nonASCIIMarker)
        let segmented = (try? pool.sentences(of: utf16, isASCII: isASCII, language)) ?? [0..<utf16.count]
        return OrdinalDates.rejoin(segmented, utf16: utf16, locale: language)
    }()
    private let pool: ICUPool
    private let language: ICU.LocaleID
    /// Whole-text matches of regexes already run on this document, by pattern: the placeholder scope and the
    /// placeholder rules share the root pack's regexes, and each runs once per draft.
    /// A short list (a few regexes per draft), searched linearly. Its accesses are not checked for exclusivity at
    /// run time (nor the verdicts'): a document is used by one lint call on one thread, no access to either spans a
    /// call that could reach the other, and the checks cost a tenth of asking a prefilter.
    @exclusivity(unchecked) private var regexMatches: [(key: Int, matches: [Range<Int>])] = []
    /// Prefilter verdicts already reached on this document, by prefilter id: 0 not asked yet, 1 no, 2 yes.
    @exclusivity(unchecked) private var prefilterVerdicts: [UInt8] = []
    /// Unfilled placeholders (what the root pack's placeholder rules find), found when first needed: no other rule
    /// may match inside one.
    private(set) lazy var placeholderRegions: [Range<Int>] = {
        ScopeMarkers.placeholderPatterns.flatMap { pattern -> [Range<Int>] in
            if let known = knownMatches(pattern.source) { return known }  // the rule ran already
            guard pattern.prefilter.map(holds) ?? true else { return [] }
            return (try? wholeMatches(pattern.source)) ?? []
        }.sorted { $0.lowerBound < $1.lowerBound }
    }()
    /// Case-, width- and apostrophe-folded text with a map back to original offsets.
    let normalized: NormalizedText
    /// The ASCII characters the text holds (checks needing a digit, `{` or `@` are skipped without one); DEL stands
    /// for "some non-ASCII unit" (`AsciiSet.nonASCIIMarker`).
    let presentASCII: AsciiSet
    /// The non-ASCII units the text holds, gathered when a prefilter first asks.
    private(set) lazy var wideUnits = WideUnitSet(utf16)
    /// The pairs of adjacent units the text holds, gathered when a prefilter first asks about a text.
    private(set) lazy var bigrams = BigramSet(utf16)
    /// False when no two adjacent units can both be upper-case letters (``MetricRule/mayHoldCapsWord(_:)``): asked by
    /// the caps-words and caps-run rules, decided once per draft.
    private(set) lazy var mayHoldCapsWord = MetricRule.mayHoldCapsWord(utf16)
    /// True when the text holds an ASCII digit (numeric checks are skipped otherwise).
    var hasDigits: Bool { digitCount > 0 }
    /// How many ASCII digits the text holds (a card number needs 13).
    let digitCount: Int
    /// The longest run of consecutive ASCII digits (an order number needs 4).
    let longestDigitRun: Int
    /// Quoted, greeting, sign-off and body lines.
    let scopes: ScopeMap
    /// Inline regions (URL, e-mail, order number, comment, code), sorted by start, found when first asked for: a draft
    /// with no finding to place compiles none of their regexes.
    private(set) lazy var inlineRegions: [(scope: Scope, range: Range<Int>)] = ScopeMarkers.inlinePatterns.flatMap {
        scope, _ in inlineRanges(of: scope).map { (scope, $0) }
    }.sorted { $0.range.lowerBound < $1.range.lowerBound }

    /// ``inlineRegions`` without the order numbers (the regions a range no order number can overlap may meet).
    private(set) lazy var inlineRegionsBesideOrderNumbers: [(scope: Scope, range: Range<Int>)] = ScopeMarkers
        .inlinePatterns.filter { $0.0 != .orderNumber }.flatMap { scope, _ in
            inlineRanges(of: scope).map { (scope, $0) }
        }
        .sorted { $0.range.lowerBound < $1.range.lowerBound }

    /// Prepares `text` for linting in `language` (the market's ICU locale).
    init(text: String, language: ICU.LocaleID, pool: ICUPool) throws(ICUError) {
        self.text = text
        let utf16 = Self.utf16(of: text)
        self.utf16 = utf16
        // One pass: line starts, the ASCII characters present and the digits (count, longest ASCII run).
        let census = utf16.withUnsafeBufferPointer(UnitCensus.init)
        let starts = census.lineStarts, present = census.present
        lineStarts = starts
        presentASCII = present
        digitCount = census.digitCount
        longestDigitRun = census.longestDigitRun
        let words = try pool.wordSegments(of: utf16, isASCII: !present.contains(AsciiSet.nonASCIIMarker), language)
        self.words = words
        self.pool = pool
        self.language = language
        normalized = try NormalizedText(utf16: utf16, segments: words)
        scopes = ScopeMap(utf16: utf16, lineStarts: starts, present: presentASCII, pool: pool)
    }

    /// The UTF-16 units of `text`; an ASCII text (most English drafts) is widened byte by byte, without decoding.
    /// Both loops run without an early exit or a bounds check, so the compiler vectorises them.
    private static func utf16(of text: String) -> [UInt16] {
        var text = text
        let ascii = text.withUTF8 { bytes -> [UInt16]? in
            var anyHighBit: UInt8 = 0
            for byte in bytes { anyHighBit |= byte }
            guard anyHighBit < 0x80, let source = bytes.baseAddress else { return anyHighBit < 0x80 ? [] : nil }
            var units = [UInt16].filled(0, count: bytes.count)
            units.withUnsafeMutableBufferPointer { units in
                let target = units.baseAddress!
                for index in 0..<bytes.count { target[index] = UInt16(source[index]) }
            }
            return units
        }
        return ascii ?? Array(text.utf16)
    }

    /// The matches of `source` over the whole text, computed once per document.
    func wholeMatches(_ source: RegexSource) throws(ICUError) -> [Range<Int>] {
        if let known = knownMatches(source) { return known }
        let found = try pool.matches(source, in: utf16)
        regexMatches.append((source.key, found))
        return found
    }

    private func knownMatches(_ source: RegexSource) -> [Range<Int>]? {
        regexMatches.first { $0.key == source.key }?.matches
    }

    /// Whether the text holds what `prefilter` requires, decided once per document.
    func holds(_ prefilter: CharacterPrefilter) -> Bool {
        if prefilter.id < prefilterVerdicts.count, prefilterVerdicts[prefilter.id] != 0 {
            return prefilterVerdicts[prefilter.id] == 2
        }
        let verdict = prefilter.occurs(in: self)
        if prefilter.id >= prefilterVerdicts.count {
            prefilterVerdicts += [UInt8].filled(
                0, count: max(CharacterPrefilter.idCount, prefilter.id + 1) - prefilterVerdicts.count)
        }
        prefilterVerdicts[prefilter.id] = verdict ? 2 : 1
        return verdict
    }

    /// The regions of one inline scope, its pattern run (once per draft) only when the text may hold a match.
    func inlineRanges(of scope: Scope) -> [Range<Int>] {
        guard
            ScopeMap.mayHoldInline(scope, in: utf16, present: presentASCII, longestDigitRun: longestDigitRun),
            let source = ScopeMarkers.inlinePatterns.first(where: { $0.0 == scope })?.1
        else { return [] }
        return (try? wholeMatches(source)) ?? []
    }

    /// The inline scopes (URL, e-mail, order number, comment, code, placeholder) overlapping `range`. A range
    /// without a unit an order number can hold (``ScopeMap/mayOverlapOrderNumber(_:in:)``) is checked against the
    /// other regions only: a refusal in a Chinese reply that quotes "#123456" compiles no order-number regex.
    func inlineScopes(overlapping range: Range<Int>) -> Set<Scope> {
        var found: Set<Scope> = []
        let regions = ScopeMap.mayOverlapOrderNumber(range, in: utf16) ? inlineRegions : inlineRegionsBesideOrderNumbers
        for region in regions {
            if region.range.lowerBound >= range.upperBound { break }
            if region.range.overlaps(range) || (range.isEmpty && region.range.contains(range.lowerBound)) {
                found.insert(region.scope)
            }
        }
        if placeholderRegions.contains(where: { $0.overlaps(range) || (range.isEmpty && $0.contains(range.lowerBound)) }
        ) {
            found.insert(.placeholder)
        }
        return found
    }

    /// The original text of a UTF-16 range. An ASCII range (most findings in Latin-script drafts) is copied byte by
    /// byte, in one loop that also tells whether it was ASCII, without a branch per unit (the compiler vectorises
    /// it); decoding UTF-16 in general costs far more per unit.
    public func string(_ range: Range<Int>) -> String {
        let units = utf16[range.clamped(to: 0..<utf16.count)]
        guard !units.isEmpty else { return "" }
        var highBits: UInt16 = 0
        let ascii = units.withUnsafeBufferPointer { units in
            String(unsafeUninitializedCapacity: units.count) { bytes in
                for offset in 0..<units.count {
                    highBits |= units[offset]
                    bytes[offset] = UInt8(truncatingIfNeeded: units[offset])
                }
                return highBits < 0x80 ? units.count : 0
            }
        }
        return highBits < 0x80 ? ascii : units.withUnsafeBufferPointer(ICU.string(utf16:))
    }

    /// 1-based line and UTF-16 column of an offset.
    public func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    /// The 0-based index of the line containing `offset`.
    func lineIndex(of offset: Int) -> Int { position(of: offset).line - 1 }

    /// The UTF-16 range of a 0-based line, without its line break.
    func lineRange(_ index: Int) -> Range<Int> {
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : utf16.count
        while end > start, utf16[end - 1] == 0x0A || utf16[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// Number of lines.
    var lineCount: Int { lineStarts.count }

    /// The sentence containing `offset`.
    func sentence(containing offset: Int) -> Range<Int> {
        sentences.isEmpty ? 0..<utf16.count : sentences[sentenceIndex(containing: offset)]
    }

    /// The sentence before `sentence` that holds a letter or digit, past blank lines between paragraphs (a
    /// salutation's "您好！\n\n" then the reply's first sentence); `sentence` itself when there is none.
    func sentence(before sentence: Range<Int>) -> Range<Int> {
        var index = sentenceIndex(containing: sentence.lowerBound)
        while index > 0 {
            index -= 1
            let candidate = self.sentence(at: index)
            if utf16[candidate].contains(where: { Unicode.Scalar($0).map { $0.properties.isAlphabetic } ?? true }) {
                return candidate
            }
        }
        return sentence
    }

    /// The sentence at `index` (``sentenceIndex(containing:)``): the whole text when it has none.
    func sentence(at index: Int) -> Range<Int> {
        sentences.isEmpty ? 0..<utf16.count : sentences[index]
    }

    /// The index of the sentence containing `offset` (0 when the text has none).
    func sentenceIndex(containing offset: Int) -> Int {
        var low = 0, high = sentences.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if sentences[middle].lowerBound <= offset { low = middle } else { high = middle - 1 }
        }
        return max(low, 0)
    }

    /// The clause around `offset` within its sentence: the span between clause marks (`;` `!` `?` a dash, a line
    /// break, a full stop or colon before a space (not the one in "9:00"), and their CJK and Arabic forms; with
    /// `commas`, commas too). ICU keeps "didn't go through. type your card number" in one sentence when the next word
    /// is lower-case; the clause still ends at the stop. Thai writes no stops or commas: a space between Thai letters
    /// ends a clause or a sentence (Royal Institute, หลักเกณฑ์การเว้นวรรค), so it is a mark too. In chat an emoji
    /// before a space stands where a stop would ("no need to post here 😂 DM us your card number"): a mark as well.
    func clause(containing offset: Int, commas: Bool = false) -> Range<Int> {
        let sentence = sentence(containing: offset)
        func isThai(_ index: Int) -> Bool {
            index >= 0 && index < utf16.count && (0x0E01...0x0E5B).contains(utf16[index])
        }
        // An emoji of the supplementary planes (its low surrogate after a high one of U+1F000–U+1FBFF), or any
        // symbol with the emoji variation selector, right before `index`.
        func followsEmoji(_ index: Int) -> Bool {
            guard index >= 1 else { return false }
            if utf16[index - 1] == 0xFE0F { return true }
            return index >= 2 && (0xDC00...0xDFFF).contains(utf16[index - 1])
                && (0xD83C...0xD83E).contains(utf16[index - 2])
        }
        func isMark(_ index: Int) -> Bool {
            switch utf16[index] {
            case 0x20: (isThai(index - 1) && isThai(index + 1)) || followsEmoji(index)
            case 0x3B, 0x21, 0x3F, 0x0A, 0x2013, 0x2014, 0x3002, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0x061B, 0x061F: true
            case 0x2C, 0xFF0C, 0x3001, 0x060C: commas
            case 0x2E, 0x3A: index + 1 < utf16.count && (utf16[index + 1] == 0x20 || utf16[index + 1] == 0x0A)
            default: false
            }
        }
        var start = min(max(offset, sentence.lowerBound), sentence.upperBound)
        while start > sentence.lowerBound, !isMark(start - 1) { start -= 1 }
        var end = min(max(offset, sentence.lowerBound), sentence.upperBound)
        while end < sentence.upperBound, !isMark(end) { end += 1 }
        return start..<end
    }

    /// True when the word starting at `offset` is the first word of its sentence or of its line.
    func isSentenceInitial(_ offset: Int) -> Bool {
        let line = lineRange(lineIndex(of: offset))
        let sentence = sentence(containing: offset)
        let start = max(line.lowerBound, sentence.lowerBound)
        guard start < offset else { return true }
        // Only non-letters (quotes, spaces, list marks) may precede it since the sentence or line began.
        return !words.contains { $0.isWord && $0.range.lowerBound >= start && $0.range.lowerBound < offset }
    }
}

extension Array {
    /// The element at `index`, or nil past either end.
    func at(_ index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension Array where Element == UInt16 {

    /// The ranges of every occurrence of `needle` (overlapping ones too).
    func ranges(of needle: [UInt16]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= count else { return [] }
        return (0...(count - needle.count)).filter {
            self[$0] == needle[0] && self[$0..<($0 + needle.count)].elementsEqual(needle)
        }
        .map { $0..<($0 + needle.count) }
    }
}
