import TactfulPhraseFolding

/// `kind: metric` — readability measured per channel: long sentences, walls of text, ALL-CAPS words and runs of
/// them (shouting), and SMS messages that split into several segments.
///
/// ```yaml
/// metric: sentence-words     # sentence-words | paragraph-words | caps-words | caps-run | sms-segments
/// max: {email: 35, chat: 25, sms: 25, social: 25}   # or a single number; a channel left out is not checked
/// except: [ASAP]             # caps-words, caps-run: words never to count
/// ```
///
/// A sentence or paragraph over `max` words is reported at the rule's severity; one over twice `max` is "far too long
/// for the channel" (the category's own definition) and is at least a warning, in languages written
/// with spaces (dictionary segmentation of Thai, Japanese or Chinese counts more, shorter words). An emoji followed
/// by a capital ends a sentence, as chat writers use it ("… Geschenk 😔 Wir können …").
///
/// `caps-words` reports each capitalised word of at least `max` letters; `caps-run` reports, as one finding, a run of
/// more than `max` capitalised words in a row on one line ("NOUS NE POUVONS PAS EXPÉDIER"), words of two letters
/// and more counting.
struct MetricRule: RuleKind {
    enum Metric: String, CaseIterable {
        case sentenceWords = "sentence-words", paragraphWords = "paragraph-words"
        case capsWords = "caps-words", capsRun = "caps-run", smsSegments = "sms-segments"
    }

    let info: RuleInfo
    let metric: Metric
    /// The limit per channel, by ``Channel/maskBit``'s position (email, chat, sms, social): read for every draft,
    /// where hashing the channel's name cost more than the lookup.
    private let limits: [Int?]
    let except: Set<String>

    init(info: RuleInfo, map: YAMLMap) throws(PackError) {
        self.info = info
        guard let metric = try map.choice("metric", Metric.self) else { throw map.error(map.node, "missing 'metric'") }
        self.metric = metric
        var limits: [Channel: Int] = [:]
        if let single = map.node("max")?.int {
            Channel.allCases.forEach { limits[$0] = single }
        } else if let table = try map.map("max") {
            for (key, value) in table.entries {
                guard let channel = Channel(rawValue: key), let limit = value.int else {
                    throw map.error(value, "max maps channels (email, chat, sms, social) to numbers")
                }
                limits[channel] = limit
            }
        }
        self.limits = [Channel.email, .chat, .sms, .social].map { limits[$0] }
        except = Set(try map.strings("except"))
    }

    func findings(in context: LintContext, hits: [LiteralHit]) -> [Finding] {
        guard let limit = limits[context.channel.maskBit.trailingZeroBitCount] else { return [] }
        let document = context.document
        switch metric {
        case .sentenceWords:
            // ICU's sentences lie within pieces cut where a break is certain, so short pieces mean short sentences
            // and ICU's sentence segmentation is needed only when a piece is long.
            let pieces = Self.certainSentencePieces(document)
            guard Self.wordCounts(in: pieces, document).contains(where: { $0 > limit }) else { return [] }
            let sentences = Self.splitAtEmoji(document.sentences, document)
            return zip(sentences, Self.wordCounts(in: sentences, document))
                .compactMap { sentence, count in
                    count > limit
                        ? graded(
                            context.finding(info, trimmed(sentence, document), message: message(count, limit, context)),
                            count, limit, context) : nil
                }
        case .paragraphWords:
            let paragraphs = paragraphs(document)
            return zip(paragraphs, Self.wordCounts(in: paragraphs, document)).compactMap { paragraph, count in
                count > limit
                    ? graded(
                        context.finding(info, paragraph, message: message(count, limit, context)), count, limit, context
                    ) : nil
            }
        case .capsWords:
            guard document.mayHoldCapsWord else { return [] }
            return document.words.compactMap { word in
                // Cheap test on UTF-16 first: long enough, and starting with two upper-case units.
                guard word.kind == .letter, word.range.count >= limit,
                    let first = document.utf16.at(word.range.lowerBound),
                    let second = document.utf16.at(word.range.lowerBound + 1),
                    Self.mayBeUppercase(first), Self.mayBeUppercase(second)
                else { return nil }
                let text = document.string(word.range)
                let letters = text.filter(\.isLetter)
                guard letters.count >= limit, letters.allSatisfy(\.isUppercase), !except.contains(text) else {
                    return nil
                }
                let fix = Fix(
                    replacement: text.prefix(1) + text.dropFirst().lowercased(),
                    description: "Write it in normal case", safe: false)
                return context.finding(info, word.range, fixes: [fix])
            }
        case .capsRun:
            guard document.mayHoldCapsWord else { return [] }
            return capsRuns(in: document, longerThan: limit).map { run in
                let text = document.string(run)
                let fix = Fix(
                    replacement: text.prefix(1) + text.dropFirst().lowercased(),
                    description: "Write it in normal case", safe: false)
                return context.finding(info, run, fixes: [fix])
            }
        case .smsSegments:
            let segments = SMS.segments(document.text)
            guard segments > limit, !document.utf16.isEmpty else { return [] }
            return [
                context.finding(
                    info, trimmed(0..<document.utf16.count, document),
                    message: SMS.message(segments, document.text, context.uiLanguage))
            ]
        }
    }

    /// Runs of more than `limit` capitalised words in a row within a paragraph: words of other case (Han and kana
    /// words too), currency prefixes (`HK$`) and blank lines end a run; numbers, punctuation and single line breaks between words neither end nor extend it. A short
    /// heading alone on its line (at most four words, not ending in a full stop: "*MOHON DICEK LAGI:*") is
    /// formatting, and a comma-separated list of short names ("OTP, UPI PIN") is acronyms, not shouting.
    private func capsRuns(in document: Document, longerThan limit: Int) -> [Range<Int>] {
        var runs: [Range<Int>] = [], start: Int?, end = 0, count = 0, lineBreaks = 0
        func close() {
            if let begin = start, count > limit, !isHeading(begin..<end, words: count, in: document),
                !isAcronymList(begin..<end, in: document)
            {
                runs.append(begin..<end)
            }
            (start, count) = (nil, 0)
        }
        for word in document.words {
            let units = document.utf16[word.range]
            lineBreaks += units.count(where: { $0 == 0x0A })
            if lineBreaks >= 2 { close() }
            // Han and kana words are words of other case: "HK$427 與網站上的售價 HK$419" is no run.
            if word.kind == .ideographic || word.kind == .kana { close() }
            guard word.kind == .letter else { continue }
            lineBreaks = 0
            // A currency prefix (HK$, US$, NT$, R$) is a symbol, not a word in capitals.
            if word.range.upperBound < document.utf16.count, document.utf16[word.range.upperBound] == 0x24 {
                close(); continue
            }
            // Decided on UTF-16 for most words (a capitalised German noun fails at its second unit); a string is made
            // only for a word that may be all capitals.
            guard units.count >= 2, Self.mayBeUppercase(units[units.startIndex]),
                Self.mayBeUppercase(units[units.startIndex + 1]),
                !units.contains(where: { $0 >= 0x61 && $0 <= 0x7A })
            else { close(); continue }
            let text = document.string(word.range)
            let letters = text.filter(\.isLetter)
            guard letters.count >= 2, letters.allSatisfy(\.isUppercase), !except.contains(text) else {
                close(); continue
            }
            if start == nil { start = word.range.lowerBound }
            end = word.range.upperBound
            count += 1
        }
        close()
        return runs
    }

    /// True when `run` lists acronyms: every word in it at most four letters, with a comma or slash between two of
    /// them ("your OTP, UPI PIN or card CVV") — a list of short capitalised names is not shouting.
    private func isAcronymList(_ run: Range<Int>, in document: Document) -> Bool {
        let separators: Set<UInt16> = [0x2C, 0x2F, 0x3001, 0xFF0C]
        let words = document.words.filter { $0.kind == .letter && run.contains($0.range.lowerBound) }
        return document.utf16[run].contains(where: separators.contains) && words.allSatisfy { $0.range.count <= 4 }
    }

    /// True when `run` is a short heading: within one line, the line holding no other letters, at most four words,
    /// and no full stop after it on the line.
    private func isHeading(_ run: Range<Int>, words: Int, in document: Document) -> Bool {
        let line = document.lineRange(document.lineIndex(of: run.lowerBound))
        guard words <= 4, run.upperBound <= line.upperBound else { return false }
        let after = document.utf16[run.upperBound..<line.upperBound]
        let holdsLetters = document.words.contains {
            $0.kind == .letter && line.contains($0.range.lowerBound) && !run.contains($0.range.lowerBound)
        }
        return !holdsLetters && !after.contains(0x2E) && !after.contains(0x3002)
    }

    /// The text cut at breaks every UAX #29 sentence segmentation makes: line breaks (rule SB4) and a `.`, `!` or
    /// `?` followed by spaces and an ASCII capital (SB11; SB8 keeps a sentence going only before a lower-case
    /// letter). ICU may break more often, never less, so no ICU sentence is longer than the piece holding it.
    /// Read through a buffer pointer into an array with room for a reply's sentences: it runs on every draft.
    private static func certainSentencePieces(_ document: Document) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        pieces.reserveCapacity(16)
        document.utf16.withUnsafeBufferPointer { utf16 in
            for index in 0..<document.lineCount {
                let line = document.lineRange(index)
                var start = line.lowerBound, position = line.lowerBound
                while position < line.upperBound {
                    let unit = utf16[position]
                    position += 1
                    guard unit == 0x2E || unit == 0x21 || unit == 0x3F else { continue }
                    var next = position
                    while next < line.upperBound, utf16[next] == 0x20 { next += 1 }
                    if next > position, next < line.upperBound, utf16[next] >= 0x41, utf16[next] <= 0x5A {
                        pieces.append(start..<next)
                        start = next
                        position = next
                    }
                }
                if start < line.upperBound { pieces.append(start..<line.upperBound) }
            }
        }
        return pieces
    }

    /// Words starting in each of `ranges` (sorted, disjoint), counted in one pass over the document's words, through
    /// buffer pointers: counting into the array checked it was unshared at every word.
    private static func wordCounts(in ranges: [Range<Int>], _ document: Document) -> [Int] {
        var counts = [Int].filled(0, count: ranges.count)
        counts.withUnsafeMutableBufferPointer { counts in
            ranges.withUnsafeBufferPointer { ranges in
                document.words.withUnsafeBufferPointer { words in
                    var index = 0
                    for word in words where word.isWord {
                        let start = word.range.lowerBound
                        while index < ranges.count, ranges[index].upperBound <= start { index += 1 }
                        guard index < ranges.count else { break }
                        if ranges[index].contains(start) { counts[index] += 1 }
                    }
                }
            }
        }
        return counts
    }

    /// `sentences` cut after an emoji that is followed by spaces and a capital letter.
    private static func splitAtEmoji(_ sentences: [Range<Int>], _ document: Document) -> [Range<Int>] {
        guard document.presentASCII.contains(AsciiSet.nonASCIIMarker) else { return sentences }
        let units = document.utf16
        return sentences.flatMap { sentence -> [Range<Int>] in
            var pieces: [Range<Int>] = [], start = sentence.lowerBound, index = sentence.lowerBound
            while index + 1 < sentence.upperBound {
                // Emoji live in the supplementary planes (surrogate pairs) or in U+2600–U+27BF.
                let emojiEnd: Int? =
                    UTF16.isLeadSurrogate(units[index])
                    ? index + 2 : (0x2600...0x27BF).contains(units[index]) ? index + 1 : nil
                guard let end = emojiEnd, end <= sentence.upperBound else { index += 1; continue }
                var next = end
                while next < sentence.upperBound, units[next] == 0x20 || (0xFE00...0xFE0F).contains(units[next]) {
                    next += 1
                }
                if next > end, next < sentence.upperBound, let scalar = Unicode.Scalar(units[next]),
                    scalar.properties.isUppercase
                {
                    pieces.append(start..<next)
                    start = next
                }
                index = end
            }
            pieces.append(start..<sentence.upperBound)
            return pieces
        }
    }

    /// False when no two adjacent units can both be upper-case letters: most drafts, decided in one cheap pass
    /// (``Document/mayHoldCapsWord`` keeps the answer for the caps rules of a draft). An ASCII text (most Latin-script
    /// drafts) is read without a branch per unit, which the compiler vectorises: the unit-by-unit test cost some
    /// 6,000 instructions a reply.
    static func mayHoldCapsWord(_ utf16: [UInt16]) -> Bool {
        utf16.withUnsafeBufferPointer { units in
            var anyWide: UInt16 = 0
            for unit in units { anyWide |= unit & 0xFF80 }
            return anyWide == 0 ? holdsTwoASCIICapitals(units) : mayHoldCapsWordUnitByUnit(units)
        }
    }

    /// ``mayHoldCapsWord(_:)`` for any text, unit by unit.
    static func mayHoldCapsWordUnitByUnit(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        var previous = false
        for unit in units {
            let current = mayBeUppercase(unit)
            if current, previous { return true }
            previous = current
        }
        return false
    }

    /// True when two adjacent units of the ASCII text `units` are both capitals (A–Z): for ASCII, what
    /// ``mayHoldCapsWord(_:)`` asks, counted over every pair without an early exit.
    static func holdsTwoASCIICapitals(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard units.count > 1 else { return false }
        var pairs: UInt8 = 0
        for index in 1..<units.count {
            let first: UInt8 = units[index &- 1] &- 0x41 < 26 ? 1 : 0
            let second: UInt8 = units[index] &- 0x41 < 26 ? 1 : 0
            pairs |= first & second
        }
        return pairs != 0
    }

    /// False for units that cannot be an upper-case letter (ASCII lower case, digits, punctuation).
    private static func mayBeUppercase(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x41...0x5A: true
        case 0..<0x80: false
        case 0x0590...0x08FF, 0x0E00...0x0E7F: false  // Hebrew, Arabic, Syriac, Thaana, Thai: no case
        // Cased, or maybe.
        case 0xA640...0xA69F, 0xA720...0xA7FF, 0xAB30...0xABBF, 0xD800...0xDFFF, 0xFF21...0xFF3A: true
        case 0x2E80...: false  // CJK, kana, Hangul and the rest of the BMP from U+2E80 have no case
        default: true
        }
    }

    /// `finding` raised to a warning when `count` is over twice `limit` in a spaced language (the blind corpus's
    /// leads marked sentences of 64–95 words and left those of 29–49 alone).
    private func graded(_ finding: Finding, _ count: Int, _ limit: Int, _ context: LintContext) -> Finding {
        guard context.cues.spaced, count > limit * 2, finding.severity < .warning else { return finding }
        var finding = finding
        finding.severity = .warning
        return finding
    }

    private func message(_ count: Int, _ limit: Int, _ context: LintContext) -> String {
        context.uiLanguage == .zhHans
            ? "\(info.message(in: .zhHans))（\(count) 个词，上限 \(limit)）"
            : "\(info.message) (\(count) words; at most \(limit) for \(context.channel.rawValue))"
    }

    private func trimmed(_ range: Range<Int>, _ document: Document) -> Range<Int> {
        var (start, end) = (range.lowerBound, range.upperBound)
        while start < end, NormalizedText.isSpace(document.utf16[start]) { start += 1 }
        while end > start, NormalizedText.isSpace(document.utf16[end - 1]) { end -= 1 }
        return start..<end
    }

    private func paragraphs(_ document: Document) -> [Range<Int>] {
        var result: [Range<Int>] = [], start: Int? = nil, end = 0
        for index in 0..<document.lineCount {
            let line = document.lineRange(index)
            if line.isEmpty || document.utf16[line].allSatisfy(NormalizedText.isSpace) {
                if let begin = start { result.append(begin..<end) }
                start = nil
            } else {
                start = start ?? line.lowerBound
                end = line.upperBound
            }
        }
        if let begin = start { result.append(begin..<end) }
        return result
    }
}
