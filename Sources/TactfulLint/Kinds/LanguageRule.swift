import TactfulICU

/// `kind: language` — a paragraph of the reply written in another language than the market's (Spanish to a
/// Brazilian customer, English to a Japanese one), told by the function words of ``LanguageDetector``. Consecutive paragraphs in one
/// wrong language are one finding. A reply in English to a market of another language is advice (`info`): many
/// shops answer in English when they have no one who writes the customer's language; so is a bilingual reply (the
/// English version in one block before or after the customer's, of about its length). English left in a reply
/// written in the customer's language — an untranslated template's paragraphs — is the rule's severity, and so is
/// any other language. Chinese script (Simplified to Taiwan or Hong Kong) is the script rules' job, not this one's.
///
/// ```yaml
/// kind: language     # no keys of its own
/// ```
struct LanguageRule: RuleKind {
    let info: RuleInfo
    /// Every function word: found in the market's one automaton pass, so telling a paragraph's language costs a
    /// count, not a second scan (only Latin-script languages have function-word lists).
    private let words: [String]
    /// The languages with function words, and each word's among them: a paragraph's votes are counted in an array
    /// by language number (counting them in a dictionary by name hashed a string per function word of every draft).
    private let languages: [String], wordLanguage: [Int]

    var literals: [Literal] { words.map { Literal($0) } }
    var findsOnlyAtLiterals: Bool { true }

    init(info: RuleInfo, map: YAMLMap) throws(PackError) {
        self.info = info
        let lists = LanguageDetector.functionWordLists
        words = lists.flatMap(\.words)
        languages = lists.map(\.language)
        wordLanguage = lists.indices.flatMap { index in Array(repeating: index, count: lists[index].words.count) }
    }

    func findings(in context: LintContext, hits: [LiteralHit]) throws(LintError) -> [Finding] {
        let document = context.document
        let expected = context.market.language
        // A paragraph needs three function words of another language before it can be judged; a line of English in a
        // reply written in another script needs one.
        let nonLatin = EnglishLeftover.isNonLatin(expected)
        let expectedIndex = languages.firstIndex(of: expected) ?? -1
        guard hits.count >= 3 || nonLatin, hits.contains(where: { wordLanguage[$0.literal] != expectedIndex }) else {
            return []
        }
        var runs: [(range: Range<Int>, language: String)] = []
        var run: (range: Range<Int>, language: String)?
        func close() {
            guard let open = run else { return }
            runs.append(open)
            run = nil
        }
        let sorted = hits.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var next = 0
        let paragraphs = document.bodyParagraphs()
        var votes = [Int].filled(0, count: languages.count)
        for paragraph in paragraphs {
            for index in votes.indices { votes[index] = 0 }
            while next < sorted.count, sorted[next].range.lowerBound < paragraph.upperBound {
                if sorted[next].range.lowerBound >= paragraph.lowerBound {
                    votes[wordLanguage[sorted[next].literal]] += 1
                }
                next += 1
            }
            // Words are counted only when another language leads the paragraph's votes (whichever of several tied
            // leaders: beside the market's language none leads it, and among others the detector ranks them).
            // A paragraph too short to judge neither starts nor ends a run.
            let own = expectedIndex >= 0 ? votes[expectedIndex] : 0
            guard let top = votes.max(), top >= 3 else { continue }
            guard top > own,
                let found = LanguageDetector.leader(
                    votes: votes, languages: languages, words: Self.wordCount(paragraph, document), minimumWords: 8)
            else { close(); continue }
            let language = found.language
            guard language != expected, language != "und" else { close(); continue }
            if let current = run, current.language == language {
                run = (current.range.lowerBound..<paragraph.upperBound, language)
            } else {
                close()
                run = (paragraph, language)
            }
        }
        close()
        if nonLatin {
            // English lines count only in a reply otherwise in the customer's language (not in an English one).
            let englishIndex = languages.firstIndex(of: "en") ?? -1
            // Gathered in room for every hit: filtered from empty, the array grew some five times a draft.
            var english: [Range<Int>] = []
            english.reserveCapacity(sorted.count)
            for hit in sorted where wordLanguage[hit.literal] == englishIndex { english.append(hit.range) }
            let lines = EnglishLeftover.englishLines(document, englishWords: english)
                .filter { line in !runs.contains { $0.range.overlaps(line) } }
            let withLines = (runs + lines.map { ($0, "en") }).sorted { $0.range.lowerBound < $1.range.lowerBound }
            if !lines.isEmpty,
                EnglishLeftover.isLeftover(withLines.map(\.range), paragraphs: paragraphs, expected, document)
            {
                return withLines.map { finding($0.range, $0.language, leftover: true, context) }
            }
        }
        guard !runs.isEmpty else { return [] }
        let leftover = EnglishLeftover.isLeftover(runs.map(\.range), paragraphs: paragraphs, expected, document)
        return runs.map { finding($0.range, $0.language, leftover: leftover, context) }
    }

    private func finding(_ range: Range<Int>, _ language: String, leftover: Bool, _ context: LintContext) -> Finding {
        // The UI language's raw value: interpolating the enum itself goes through `print`'s reflection (10,000
        // instructions, for every reply in English to a market of another language).
        let message = context.pool.fact(
            "language-message|\(language)|\(context.market.language)|\(context.uiLanguage.rawValue)"
        ) { () -> String in
            let ui = context.uiLocale
            let written = (try? ICU.LocaleID(tag: language))?.displayName(in: ui) ?? language
            let expected =
                (try? ICU.LocaleID(tag: context.market.language))?.displayName(in: ui) ?? context.market.language
            return context.uiLanguage == .zhHans
                ? "这段回复是\(written)，而该市场的客户使用\(expected)；请用客户的语言回复。"
                : "This part of the reply is in \(written); customers in this market read \(expected). Reply in their language."
        }
        var finding = context.finding(info, range, message: message)
        if language == "en", !leftover { finding.severity = min(finding.severity, .info) }
        return finding
    }

    /// Words in a range: runs of letters, counted on UTF-16 (a letter outside ASCII counts as part of a word).
    /// A word starts at a letter after a non-letter: each unit but the first is counted as 1 for that, 0 otherwise,
    /// without a branch and into a 16-bit count per block of 65,535 units, which the compiler vectorises eight units
    /// at a time (counted in an `Int`, two at a time: some 10 instructions a unit of every paragraph in another
    /// language, where this is under 3).
    static func wordCount(_ range: Range<Int>, _ document: Document) -> Int {
        document.utf16.withUnsafeBufferPointer { utf16 in
            let units = UnsafeBufferPointer(rebasing: utf16[range])
            guard let first = units.first else { return 0 }
            var count = Int(letter(first)), start = 1
            while start < units.count {
                let end = min(units.count, start &+ 0xFFFF)
                var block: UInt16 = 0
                for index in start..<end { block &+= letter(units[index]) & ~letter(units[index &- 1]) }
                count &+= Int(block)
                start = end
            }
            return count
        }
    }

    /// 1 for a letter (ASCII or any unit from U+00C0 on), 0 for any other unit.
    @inline(__always)
    private static func letter(_ unit: UInt16) -> UInt16 { (unit | 0x20) &- 0x61 < 26 || unit >= 0xC0 ? 1 : 0 }
}
