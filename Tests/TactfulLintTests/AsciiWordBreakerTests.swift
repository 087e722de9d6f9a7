import TactfulAsciiWordBreaks
import TactfulData
import TactfulICU
import Testing

@testable import TactfulLint

/// The ASCII word breaker against ICU's iterator: the same segments and the same kinds, on every short text over
/// the characters the rules treat differently, on random ASCII text and on the ASCII texts of the corpora.
@Suite struct AsciiWordBreakerTests {
    /// The languages of the markets, and Finnish and Swedish (whose rules keep `:` inside a word).
    static let tags = [
        "en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pl-PL", "pt-BR", "id-ID", "ar-SA",
        "ja-JP", "zh-CN", "zh-TW", "ko-KR", "th-TH", "fi-FI", "sv-SE",
    ]

    static func icuSegments(_ units: [UInt16], _ tag: String) throws -> [ICU.Segment] {
        try ICU.BreakIterator(.word, locale: ICU.LocaleID(tag: tag)).segments(of: units)
    }

    @Test func agreesWithICUOnEveryShortText() throws {
        let alphabet: [UInt16] = Array("aZ@1.',;:_ \t\n\r-\"!".utf16) + [0x0B]
        let iterator = try ICU.BreakIterator(.word, locale: ICU.LocaleID(tag: "en-GB"))
        // 19^4 texts of four units, and the shorter ones
        let mismatches = try AsciiTestTexts.disagreements(over: alphabet, upTo: 4, AsciiWordBreaker.segments) {
            try iterator.segments(of: $0)
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func agreesWithICUOnRandomText() throws {
        var random = RandomAsciiTexts()
        let frequent = Array("abcXYZ@0123456789.',;:_   \n".utf16)
        for tag in Self.tags {
            let pool = ICUPool(), locale = try ICU.LocaleID(tag: tag)
            for text in random.texts(300, maxLength: 60, oneIn: 3, frequent: frequent) {
                #expect(
                    try pool.wordSegments(of: text, isASCII: true, locale) == Self.icuSegments(text, tag),
                    "\(tag): \(String(decoding: text, as: UTF16.self).debugDescription)")
            }
        }
    }

    @Test func agreesWithICUOnTheCorpora() throws {
        let texts = AsciiTestTexts.files(under: ["Tests/Corpus", "Examples"])
        #expect(texts.count > 100)
        for tag in ["en-GB", "de-DE", "ja-JP", "th-TH"] {
            let pool = ICUPool(), locale = try ICU.LocaleID(tag: tag)
            for text in texts {
                #expect(try pool.wordSegments(of: text, isASCII: true, locale) == Self.icuSegments(text, tag))
            }
        }
    }

    /// The breaker is used where its probe agrees with ICU (every market's language), and not in Finnish or Swedish.
    @Test func probeDecidesWhereTheBreakerIsUsed() throws {
        for tag in Self.tags {
            let agrees =
                try Self.icuSegments(AsciiWordBreaker.probe, tag)
                == AsciiWordBreaker.segments(of: AsciiWordBreaker.probe)
            #expect(agrees == !["fi-FI", "sv-SE"].contains(tag), "\(tag)")
        }
    }

    /// The built-in markets' verdicts, checked when the binary was built, are what ICU gives at run time.
    @Test func builtInMarketsWereCheckedAsICUChecksThemNow() throws {
        try expectBuiltInVerdictsMatchICU(
            .word, agrees: AsciiWordBreaker.agrees(with:), recorded: BuiltInData.asciiWordBreaksAgree,
            unknown: "fi_Latn_FI")
    }
}
