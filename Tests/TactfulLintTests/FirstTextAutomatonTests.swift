import TactfulICU
import TactfulMarkets
import TactfulPhraseFolding
import TactfulYAML
import Testing

@testable import TactfulLint

/// A market's first text gets an automaton over the phrases it could hold (``LiteralAutomaton``): built from a
/// market's real phrases, it finds exactly what the automaton of every phrase finds, on the packs' examples and on
/// texts made of pieces of the phrases; the one-loop pair test of an ASCII phrase judges as its folded units do, and
/// the scripts of a phrase beyond ASCII are read as its scalars say.
@Suite struct FirstTextAutomatonTests {
    @Test(arguments: ["en-US", "ja-JP", "de-DE"])
    func aMarketsFirstTextAutomatonFindsWhatTheWholeOneFinds(tag: String) throws {
        let market = try MarketResolver().resolve(tag)
        let ruleSet = try RuleSet(market: market, library: LinterTests.library.get())
        let phrases = TextTable(ruleSet.literalPhrases)
        let words = try ICU.BreakIterator(.word, locale: market.locale)
        let whole = PhraseAutomaton(literals: try NormalizedText.fold(Array(phrases), with: words))
        // Every few rules' first trigger and clean example: each text reads all the market's phrases.
        let infos = ruleSet.ruleInfos
        let examples = stride(from: 0, to: infos.count, by: max(1, infos.count / 30)).flatMap {
            infos[$0].triggers.prefix(1) + infos[$0].clean.prefix(1)
        }
        var found = 0
        for text in examples + Self.piecesOf(Array(phrases), count: 10) {
            let utf16 = Array(text.utf16)
            let units = try NormalizedText(utf16: utf16, segments: try words.segments(of: utf16)).units
            let first = try LiteralAutomaton(phrases: phrases, locale: market.locale)
                .automaton(in: units, pool: ICUPool())
            let hits = whole.hits(in: units)
            #expect(first.hits(in: units) == hits, "\(tag): \(text)")
            found += hits.count
        }
        #expect(examples.count >= 60 && found > 100, "\(tag): \(examples.count) examples, \(found) hits")
    }

    @Test func anASCIIPhrasesPairsAreJudgedAsItsFoldedUnits() throws {
        let library = try LinterTests.library.get()
        var phrases: [(text: String, folded: [UInt16])] = []
        var texts: [[UInt16]] = []
        for name in library.names.sorted() {
            let pack = try #require(try library.pack(name))
            for phrase in pack.rules.flatMap({ Array($0.literalTable.texts) }) {
                if let folded = NormalizedText.foldASCII(phrase) { phrases.append((phrase, folded)) }
            }
            if let reply = pack.cleanReplies.first, let folded = NormalizedText.foldASCII(reply) {
                texts.append(folded)
            }
        }
        texts += Self.piecesOf(phrases.map(\.text), count: 8).compactMap(NormalizedText.foldASCII)
        var held = 0
        for text in texts {
            let pairs = UnitPairs(text)
            for phrase in phrases {
                var bytes = phrase.text
                let judged = bytes.withUTF8 { pairs.mayHold(ascii: $0) }
                #expect(judged == pairs.mayContain(phrase.folded[...]), "\(phrase.text)")
                held += judged ? 1 : 0
            }
        }
        #expect(phrases.count > 5000 && texts.count > 12 && held > 1000)
    }

    @Test func everyPackPhrasesScriptsAreReadAsItsScalarsSay() throws {
        let library = try LinterTests.library.get()
        var phrases: [String] = []
        var classes: Set<LiteralScripts> = [[]]
        for name in library.names.sorted() {
            let pack = try #require(try library.pack(name))
            phrases += pack.rules.flatMap { Array($0.literalTable.texts) }.filter { $0.utf8.contains { $0 >= 0x80 } }
            for reply in pack.cleanReplies.prefix(1) {
                classes.insert(reply.unicodeScalars.reduce(into: []) { $0.formUnion(LiteralScripts.of($1.value)) })
            }
        }
        var refused = 0
        for present in classes {
            for phrase in phrases {
                let expected = phrase.unicodeScalars.allSatisfy {
                    $0.value < 0xC0 || present.isSuperset(of: LiteralScripts.of($0.value))
                }
                #expect(LiteralScripts.canOccur(phrase, among: present) == expected, "\(phrase)")
                refused += expected ? 0 : 1
            }
        }
        #expect(phrases.count > 1000 && classes.count > 10 && refused > 1000)
        // The Han letters, refused by a text without one before their exemplar classes are looked up.
        #expect((0...UInt32(0xFFFF)).allSatisfy { LiteralScripts.isHan($0) == LiteralScripts.of($0).contains(.han) })
    }

    /// `count` texts of pieces of `phrases` (whole, cut, in capitals), some run together, chosen by a fixed seed.
    static func piecesOf(_ phrases: [String], count: Int) -> [String] {
        var random = FoldedPhraseTableTests.Random(state: 0x5EED)
        func next(_ bound: Int) -> Int { random.next(bound) }
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<12 {
                let phrase = phrases[next(phrases.count)]
                let piece = next(4) == 0 ? String(phrase.dropFirst(next(phrase.count + 1))) : phrase
                text += (next(3) == 0 ? piece.uppercased() : piece) + ["", " ", ", ", "  "][next(4)]
            }
            return text
        }
    }
}
