import TactfulICU
import TactfulMarkets
import TactfulPhraseFolding
import Testing

@testable import TactfulLint

/// The phrases folded when the binary was built (`FoldedPhraseTable`) fold as ICU folds them in every built-in
/// market; a table of random phrases gives, for random texts, the hits of an automaton of phrases folded with ICU
/// and of a naive search; a damaged table is refused or holds nothing, and never crashes a lookup.
@Suite struct FoldedPhraseTableTests {
    /// A small deterministic generator (xorshift).
    struct Random {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
    }

    static let pieces = [
        "ご注文", "ありがとう", "发货", "退款", "ภาษาไทย", "ขอบคุณ", "감사합니다", "شكرا", "Straße", "e\u{301}",
        "ＣＡＮ", "🇯🇵", "👍🏽", "'", "’", " ", "a", "1", ".", "、", "。", "ー", "ｶﾞ", "İ",
    ]

    /// The folded forms `phrases` get one by one through `words`.
    static func foldedAlone(_ phrases: [String], _ words: ICU.BreakIterator) throws -> [[UInt16]] {
        try phrases.map { phrase throws(ICUError) in try NormalizedText.foldSegmenting(phrase, with: words) }
    }

    @Test(arguments: ["ja-JP", "zh-CN", "th-TH", "ko-KR", "ar-SA", "de-DE", "fr-FR"])
    func builtInTableFoldsEveryPackPhraseAsICU(_ tag: String) throws {
        let table = try #require(FoldedPhraseTable.builtIn)
        let market = try MarketResolver().resolve(tag)
        #expect(table.folds(forLocale: market.locale.identifier))
        let ruleSet = try RuleSet(market: market, library: try PackLibrary())
        let phrases = ruleSet.literalPhrases.filter { $0.utf8.contains { $0 >= 0x80 } }
        let alone = try Self.foldedAlone(phrases, try ICU.BreakIterator(.word, locale: market.locale))
        var held = 0
        for (phrase, folded) in zip(phrases, alone) {
            var units: [UInt16] = []
            guard table.appendFolded(phrase, to: &units) else { continue }
            #expect(units == folded, "\(tag): \(phrase)")
            held += 1
        }
        #expect(held * 100 >= phrases.count * 95, "\(tag): \(held) of \(phrases.count) phrases held")
    }

    @Test func builtInTableFoldsForEveryBuiltInMarket() throws {
        let table = try #require(FoldedPhraseTable.builtIn)
        let resolver = MarketResolver()
        for name in try PackLibrary().names where name.contains("-") && !name.contains("/") {
            let market = try resolver.resolve(name)
            #expect(table.folds(forLocale: market.locale.identifier), "\(name): \(market.locale.identifier)")
        }
        #expect(!table.folds(forLocale: "xx_Test"))
    }

    /// Random phrases (some left out of the table), random texts of their pieces: an automaton of the phrases
    /// folded through the table finds what one of the phrases folded with ICU finds, in the same order, and the
    /// naive search agrees.
    @Test(arguments: ["ja-JP", "zh-CN", "th-TH", "de-DE"])
    func hitsThroughTheTableAreThoseOfICUFolding(_ tag: String) throws {
        let locale = try MarketResolver().resolve(tag).locale
        let words = try ICU.BreakIterator(.word, locale: locale)
        var random = Random(state: 11)
        for _ in 0..<3 {
            let phrases = (0..<300).map { _ in
                (0..<(1 + random.next(4))).map { _ in Self.pieces[random.next(Self.pieces.count)] }.joined()
            }
            var byICU = FoldedPhrases(count: phrases.count)
            try NormalizedText.fold(phrases, at: Array(phrases.indices), into: &byICU, with: words)
            let tabled = phrases.indices.filter { _ in random.next(4) != 0 }
            var forTable = FoldedPhrases(count: phrases.count)
            for index in tabled { forTable.set(index, to: Array(byICU[index])) }
            let text = try #require(
                FoldedPhraseTable.encoded(phrases: phrases, folded: forTable, locales: [locale.identifier]))
            let table = try #require(FoldedPhraseTable(text))
            var byTable = FoldedPhrases(count: phrases.count)
            try NormalizedText.fold(phrases, at: Array(phrases.indices), into: &byTable, with: words, table: table)
            #expect(phrases.indices.allSatisfy { byTable[$0] == byICU[$0] })
            let draft = (0..<200).map { _ in Self.pieces[random.next(Self.pieces.count)] }.joined()
            let utf16 = Array(draft.utf16)
            let units = try NormalizedText(utf16: utf16, segments: try words.segments(of: utf16)).units
            let hits = PhraseAutomaton(literals: byTable).hits(in: units)
            #expect(hits == PhraseAutomaton(literals: byICU).hits(in: units))
            let literals = phrases.indices.map { Array(byICU[$0]) }
            let found = Set(hits.map { [$0.range.lowerBound, $0.range.upperBound, $0.payload] })
            #expect(found == PhraseAutomatonTests.naive(literals, units))
        }
    }

    /// A table with another version, a short index or a count that is not a number is refused; one whose offsets
    /// are not hex or lead out of the text holds nothing it cannot read.
    @Test func damagedTablesAreRefusedOrHoldNothing() throws {
        let phrases = ["ご注文", "发货", "Straße", "ありがとう"]
        var folded = FoldedPhrases(count: phrases.count)
        for (index, phrase) in phrases.enumerated() { folded.set(index, to: Array(phrase.lowercased().utf16)) }
        let text = try #require(FoldedPhraseTable.encoded(phrases: phrases, folded: folded, locales: ["ja_Jpan_JP"]))
        let table = try #require(FoldedPhraseTable(text))
        var units: [UInt16] = []
        #expect(table.appendFolded("Straße", to: &units) && units == Array("straße".utf16))
        #expect(!table.appendFolded("Strass", to: &units))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let damages = [(0, "folded-phrases 1"), (2, "x"), (2, "900"), (2, "2000000000000000000"), (3, "00000")]
        for (line, replacement) in damages {
            var damaged = lines
            damaged[line] = replacement
            #expect(FoldedPhraseTable(damaged.joined(separator: "\n")) == nil, "line \(line): \(replacement)")
        }
        lines[3] = String(repeating: "zz", count: lines[3].count / 2)
        let unreadable = try #require(FoldedPhraseTable(lines.joined(separator: "\n")))
        lines[3] = String(repeating: "f", count: lines[3].count)
        let outside = try #require(FoldedPhraseTable(lines.joined(separator: "\n")))
        for phrase in phrases {
            #expect(!unreadable.appendFolded(phrase, to: &units) && !outside.appendFolded(phrase, to: &units))
        }
        #expect(FoldedPhraseTable("") == nil && FoldedPhraseTable(String(text.prefix(40))) == nil)
    }
}
