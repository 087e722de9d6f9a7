import TactfulData
import TactfulICU
import TactfulMarkets
import TactfulPhraseFolding
import TactfulYAML
import Testing

@testable import TactfulLint

/// A literal is left out of a text's automaton only when it cannot occur there: every letter of a writing-system
/// class folds to a unit of its class, so does every built-in phrase with one, and the automaton built for a
/// text's scripts finds exactly what the automaton of every literal finds, as the scripts of the texts widen.
@Suite struct LiteralScriptsTests {
    @Test func everyClassedLetterFoldsWithinItsClass() throws {
        let letters = (UInt32(0x00C0)...0xD7A3).filter { !LiteralScripts.of($0).isEmpty }
        let phrases = letters.map { String(Character(Unicode.Scalar($0)!)) }
        for locale in ["en", "ja", "ko", "ar", "th"] {
            let words = try ICU.BreakIterator(.word, locale: try ICU.LocaleID(tag: locale))
            let folded = try NormalizedText.fold(phrases, with: words)
            let outside = zip(letters, folded).filter {
                !LiteralScripts.present(in: $0.1).contains(LiteralScripts.of($0.0))
            }
            #expect(outside.isEmpty, "\(locale): \(outside.prefix(5).map { String($0.0, radix: 16) })")
        }
        #expect(letters.count > 30_000)
    }

    @Test func theEmbeddedHanExemplarsAreICUs() throws {
        for tag in ["ja", "zh-Hans", "zh-Hant"] {
            let locale = try ICU.LocaleID(tag: tag)
            let read = try ICU.ExemplarCharacters.standard(of: locale, in: HanExemplarClasses.blocks)
            #expect(BuiltInData.hanExemplars(tag) == read, "\(tag)")
            #expect(read.unicodeScalars.count > 2000, "\(tag)")
        }
        // 们 is Simplified Chinese only; 對 Traditional only; 対 Japanese only; 日 all three.
        #expect(LiteralScripts.of(0x4EEC) == [.han, .hanOutsideJapanese, .hanOutsideTraditional])
        #expect(LiteralScripts.of(0x5C0D) == [.han, .hanOutsideJapanese, .hanOutsideSimplified])
        #expect(LiteralScripts.of(0x5BFE) == [.han, .hanOutsideSimplified, .hanOutsideTraditional])
        #expect(LiteralScripts.of(0x65E5) == .han)
        // The Yijing hexagrams between the two Han blocks are symbols, in no class, as are the values outside them.
        #expect((0x4DC0...0x4DFF).allSatisfy { LiteralScripts.of($0).isEmpty })
        #expect(LiteralScripts.of(0x33FF).isEmpty && LiteralScripts.of(0xA000).isEmpty)
        #expect([0x3400, 0x4DBF, 0x4E00, 0x9FFF].allSatisfy { LiteralScripts.of($0).contains(.han) })
    }

    @Test func everyPackPhraseFoldsWithinTheClassItNeeds() throws {
        let library = try PackLibrary()
        var classed = 0
        for name in library.names.sorted() {
            let pack = try #require(try library.pack(name))
            let locale = try ICU.LocaleID(tag: name == "root" ? "en" : name)
            let cues = LanguageCues.of(market: name, language: locale.language)
            let phrases =
                pack.rules.flatMap { $0.literals.map(\.text) }
                + (cues.alternativeCues + cues.thirdPartyCues).map { ContextCue.literal($0, spaced: cues.spaced).text }
            let folded = try NormalizedText.fold(phrases, with: try ICU.BreakIterator(.word, locale: locale))
            for (phrase, units) in zip(phrases, folded) where !LiteralScripts.canOccur(phrase, among: []) {
                #expect(LiteralScripts.canOccur(phrase, among: LiteralScripts.present(in: units)), "\(name): \(phrase)")
                classed += 1
            }
        }
        #expect(classed > 1000)
    }

    @Test func scopedAutomatonFindsWhatTheWholeOneFinds() throws {
        let locale = try ICU.LocaleID(tag: "en")
        let phrases = [
            "refund", "can't", "Größe", "straße", "返金", "できません", "환불", "استرداد", "คืนเงิน", "возврат", "café", "👌",
            "ok返金", "",
        ]
        let words = try ICU.BreakIterator(.word, locale: locale)
        let whole = PhraseAutomaton(literals: try NormalizedText.fold(phrases, with: words))
        let scoped = LiteralAutomaton(phrases: TextTable(phrases), locale: locale)
        let pool = ICUPool()
        let texts = [
            "No REFUND, I can’t. Café 👌", "Die GRÖSSE und die Strasse", "Größe, Straße", "返金できません。OK返金 refund",
            "Plain text without any phrase",
            "환불 불가. استرداد. คืนเงิน. Возврат", "refund 返金 환불",
        ]
        for text in texts {
            let units = try NormalizedText(
                utf16: Array(text.utf16), segments: try words.segments(of: Array(text.utf16))
            ).units
            let automaton = try scoped.automaton(in: units, pool: pool)
            #expect(automaton.hits(in: units) == whole.hits(in: units), "\(text)")
            #expect(!whole.hits(in: units).isEmpty || text.hasPrefix("Plain"))
            // A fresh one builds the first text's automaton, over the phrases this text could hold.
            let fresh = LiteralAutomaton(phrases: TextTable(phrases), locale: locale)
            let first = try fresh.automaton(in: units, pool: ICUPool())
            #expect(first.hits(in: units) == whole.hits(in: units), "\(text)")
        }
    }

    @Test func unitPairsRefuseOnlyPhrasesWithAPairTheTextLacks() {
        let pairs = UnitPairs(Array("no refund, ok".utf16))
        for phrase in ["refund", "no", "d, o", "r", "", "ok"] { #expect(pairs.mayContain(Array(phrase.utf16)[...])) }
        for phrase in ["refunds", "ko", "返金", "nor"] { #expect(!pairs.mayContain(Array(phrase.utf16)[...])) }
        // An ASCII phrase is judged by the units it folds to, before it is folded; any other by its pairs of ASCII
        // letters and digits, but those a byte beyond ASCII follows.
        for phrase in ["REFUND", "  No \t Refund ", "no  refunds", "Ok", "ko", "d,  o", "nor", "Straße", "返金", ""] {
            guard let folded = NormalizedText.foldASCII(phrase) else { continue }
            #expect(pairs.mayHold(phrase) == pairs.mayContain(folded[...]), "\(phrase)")
        }
        #expect(!pairs.mayHold("  No \t Refunds "))
        for phrase in ["Refund返金", "返金 ok", "返金", "NÖ", "noé", "no\u{301}"] { #expect(pairs.mayHold(phrase)) }
        for phrase in ["Refunds 返金", "返金 KO", "Straße"] { #expect(!pairs.mayHold(phrase), "\(phrase)") }
    }

    @Test func everyPackPhraseHoldsTheLetterPairsItIsJudgedBy() throws {
        let library = try PackLibrary()
        for name in library.names.sorted() {
            let pack = try #require(try library.pack(name))
            let locale = try ICU.LocaleID(tag: name == "root" ? "en" : name)
            let cues = LanguageCues.of(market: name, language: locale.language)
            let phrases =
                pack.rules.flatMap { Array($0.literalTable.texts) }
                + (cues.alternativeCues + cues.thirdPartyCues).map { ContextCue.literal($0, spaced: cues.spaced).text }
            let folded = try NormalizedText.fold(phrases, with: try ICU.BreakIterator(.word, locale: locale))
            for (phrase, units) in zip(phrases, folded) {
                #expect(UnitPairs(units).mayHold(phrase), "\(name): \(phrase)")
            }
        }
    }
}
