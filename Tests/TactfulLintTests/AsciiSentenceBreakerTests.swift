import TactfulAsciiWordBreaks
import TactfulData
import TactfulICU
import TactfulMarkets
import Testing

@testable import TactfulLint

/// The ASCII sentence breaker against ICU's iterator: the same sentences on every short text over the characters the
/// rules treat differently, on random ASCII text, on the example drafts and on replies built as the benchmark builds
/// them (the rules' phrases and examples in frame sentences).
@Suite struct AsciiSentenceBreakerTests {
    /// The languages of the markets, and Greek (whose rules end a sentence at `;`).
    static let tags = AsciiWordBreakerTests.tags.filter { !["fi-FI", "sv-SE"].contains($0) } + ["el-GR"]

    static func icuSentences(_ units: [UInt16], _ tag: String) throws -> [Range<Int>] {
        try ICU.BreakIterator(.sentence, locale: ICU.LocaleID(tag: tag)).segments(of: units).map(\.range)
    }

    @Test func agreesWithICUOnEveryShortText() throws {
        let alphabet: [UInt16] = Array("aZ1.!\"( ,;\n\r".utf16)
        let iterator = try ICU.BreakIterator(.sentence, locale: ICU.LocaleID(tag: "en-GB"))
        // 12^5 texts of five units, and the shorter ones
        let mismatches = try AsciiTestTexts.disagreements(over: alphabet, upTo: 5, AsciiSentenceBreaker.sentences) {
            try iterator.segments(of: $0).map(\.range)
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func agreesWithICUOnRandomText() throws {
        var random = RandomAsciiTexts()
        let frequent = Array("abc XYZ 0123 .!?\"')( ,:-;  e.g. U.S. a. B 3.5 \n\r\n\t".utf16)
        for tag in Self.tags {
            let pool = ICUPool(), locale = try ICU.LocaleID(tag: tag)
            for text in random.texts(2000, maxLength: 80, oneIn: 4, frequent: frequent) {
                #expect(
                    try pool.sentences(of: text, isASCII: true, locale) == Self.icuSentences(text, tag),
                    "\(tag): \(String(decoding: text, as: UTF16.self).debugDescription)")
            }
        }
    }

    /// The example drafts, and replies built as the benchmark builds its corpora: the rules' ASCII phrases and
    /// example sentences, in paragraphs, after a greeting and before a sign-off.
    @Test func agreesWithICUOnDraftsAndBenchmarkReplies() throws {
        var texts = AsciiTestTexts.files(under: ["Examples"])
        #expect(texts.count > 5)
        let ruleSet = try RuleSet(market: MarketResolver().resolve("en-GB"), library: LinterTests.library.get())
        let pieces = (ruleSet.literalPhrases + ruleSet.ruleInfos.flatMap { $0.clean + $0.triggers })
            .filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        var state: UInt64 = 42
        func pick() -> String {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return pieces[Int(state >> 33) % pieces.count]
        }
        for _ in 0..<2000 {
            let body = (0..<6).map { index in
                "\(pick()) Thanks again for your patience.\(index % 3 == 2 ? "\n\n" : " ")"
            }
            texts.append(Array("Hi Anna,\n\nSorry, \(pick()) \(body.joined())\n\nKind regards,\nLeo\n".utf16))
        }
        for tag in ["en-GB", "de-DE", "ja-JP", "th-TH"] {
            let pool = ICUPool(), locale = try ICU.LocaleID(tag: tag)
            for text in texts {
                #expect(try pool.sentences(of: text, isASCII: true, locale) == Self.icuSentences(text, tag))
            }
        }
    }

    /// The breaker is used where its probe agrees with ICU (every market's language), not in Greek, and not where a
    /// keyword asks for ICU's abbreviation exceptions.
    @Test func probeAndKeywordsDecideWhereTheBreakerIsUsed() throws {
        for tag in Self.tags {
            let iterator = try ICU.BreakIterator(.sentence, locale: ICU.LocaleID(tag: tag))
            #expect(try AsciiSentenceBreaker.agrees(with: iterator) == (tag != "el-GR"), "\(tag)")
        }
        let text = Array("Please ask Mr. Smith. He knows.".utf16), tag = "en-GB-u-ss-standard"
        let sentences = try ICUPool().sentences(of: text, isASCII: true, ICU.LocaleID(tag: tag))
        #expect(sentences == (try Self.icuSentences(text, tag)))
        #expect(sentences != AsciiSentenceBreaker.sentences(of: text))
    }

    /// The built-in markets' verdicts, checked when the binary was built, are what ICU gives at run time.
    @Test func builtInMarketsWereCheckedAsICUChecksThemNow() throws {
        try expectBuiltInVerdictsMatchICU(
            .sentence, agrees: AsciiSentenceBreaker.agrees(with:), recorded: BuiltInData.asciiSentenceBreaksAgree,
            unknown: "el_Grek_GR")
    }
}
