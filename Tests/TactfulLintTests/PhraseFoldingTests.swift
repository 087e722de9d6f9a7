import TactfulICU
import TactfulMarkets
import TactfulPhraseFolding
import Testing

@testable import TactfulLint

/// Folding an ASCII phrase without ICU (`NormalizedText.foldASCII`), and folding many phrases in one ICU pass,
/// give exactly what folding each phrase through the market's word segments gives: on every phrase of every
/// built-in pack and cue list, and on random text.
@Suite struct PhraseFoldingTests {
    @Test func everyPackPhraseFoldsAsWithSegments() throws {
        let library = try PackLibrary()
        var compared = 0
        for name in library.names.sorted() {
            let pack = try #require(try library.pack(name))
            let locale = try ICU.LocaleID(tag: name == "root" ? "en" : name)
            let words = try ICU.BreakIterator(.word, locale: locale)
            let cues = LanguageCues.of(market: name, language: locale.language)
            let phrases =
                pack.rules.flatMap { $0.literals.map(\.text) }
                + (cues.alternativeCues + cues.thirdPartyCues).map { ContextCue.literal($0, spaced: cues.spaced).text }
            let alone = try phrases.map { phrase throws(ICUError) in
                try NormalizedText.foldSegmenting(phrase, with: words)
            }
            for (phrase, folded) in zip(phrases, alone) {
                guard let fast = NormalizedText.foldASCII(phrase) else { continue }
                #expect(fast == folded, "\(name): \(phrase)")
                compared += 1
            }
            let together = try NormalizedText.fold(phrases, with: words)
            for index in phrases.indices where together[index] != alone[index] {
                Issue.record(
                    "\(name): \(phrases[index]) folds to \(together[index]) among the others, \(alone[index]) alone")
            }
        }
        #expect(compared > 1000)
    }

    @Test(arguments: ["ja-JP", "zh-CN", "th-TH", "ko-KR", "ar-SA", "de-DE"])
    func randomPhrasesFoldTogetherAsAlone(_ tag: String) throws {
        let words = try ICU.BreakIterator(.word, locale: try MarketResolver().resolve(tag).locale)
        let pieces = [
            "ご注文", "ありがとう", "发货", "退款", "ภาษาไทย", "ขอบคุณ", "감사합니다", "شكرا", "Straße", "e\u{301}",
            "🇯🇵", "👍🏽", "'", "’", " ", "\r", "\n", "\r\n", "a", "1", ".", "、", "。", "ー",
        ]
        var state: UInt64 = 5
        func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        let phrases = (0..<600).map { _ in (0..<next(6)).map { _ in pieces[next(pieces.count)] }.joined() }
        let together = try NormalizedText.fold(phrases, with: words)
        for (index, phrase) in phrases.enumerated() {
            #expect(
                together[index] == (try NormalizedText.foldSegmenting(phrase, with: words)),
                "\(phrase.debugDescription)")
        }
    }

    @Test(arguments: ["en-US", "de-DE", "fr-FR", "ja-JP", "th-TH", "zh-CN", "ar-SA"])
    func randomASCIIFoldsAsWithSegments(_ tag: String) throws {
        let words = try ICU.BreakIterator(.word, locale: try MarketResolver().resolve(tag).locale)
        let alphabet =
            Array("aZ9'’.,:-_ \t\n\r\u{0B}\u{0C}@#$%&/\"()!?".unicodeScalars.filter(\.isASCII)) + ["E", "i", "7"]
        var state: UInt64 = 99
        func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        for _ in 0..<2000 {
            var phrase = String.UnicodeScalarView()
            for _ in 0..<next(16) { phrase.append(alphabet[next(alphabet.count)]) }
            let text = String(phrase)
            #expect(
                NormalizedText.foldASCII(text) == (try NormalizedText.foldSegmenting(text, with: words)),
                "\(text.debugDescription)")
        }
    }

    @Test func nonASCIIPhrasesAreLeftToICU() {
        #expect(NormalizedText.foldASCII("Straße") == nil)
        #expect(NormalizedText.foldASCII("  Can't   WAIT ") == Array("can't wait".utf16))
    }
}
