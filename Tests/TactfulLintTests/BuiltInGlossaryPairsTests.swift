import TactfulData
import TactfulGlossaryPairs
import Testing

/// The glossary pairs read when the binary is built (tactful-embed's `BuiltInGlossaryPairs`) are the pairs a run
/// reads from the embedded table itself, folded forms included; and the encoding keeps every field.
@Suite struct BuiltInGlossaryPairsTests {
    @Test(arguments: [
        ("Glossaries/vocabulary/en-spelling.csv", "en-GB", "en-US"),
        ("Glossaries/vocabulary/de-vocabulary.csv", "de-AT", "de-DE"),
        ("Glossaries/vocabulary/zh-vocabulary.csv", "zh-TW", "zh-CN"),
        ("Glossaries/vocabulary/ja-vocabulary.csv", "zh", "ja"),
    ])
    func builtInPairsAreTheTablesPairs(path: String, from: String, to: String) throws {
        let encoded = try #require(BuiltInData.glossaryPairs(path, from: from, to: to), "\(path) \(from)→\(to)")
        let built = try #require(GlossaryPairs.decode(encoded))
        let text = try #require(BuiltInData.text(at: path))
        let read = try #require(
            GlossaryPair.pairs(in: try GlossaryTable.parse(text, path: path, columns: [from, to]), from: from, to: to))
        #expect(built == GlossaryPairs(checking: read))
        #expect(built.distinct == (Set(read.map(\.folded)).count == read.count))
        #expect(!built.pairs.isEmpty)
    }

    @Test func aWordTheTargetColumnAcceptsInAnyRowIsNeverWrong() throws {
        let csv = "pt-PT,pt-BR,source\napp,aplicativo|app,s\naplicação móvel,aplicativo móvel|app,s\n"
        let table = try GlossaryTable.parse(csv, path: "t.csv", columns: ["pt-PT", "pt-BR"])
        let pairs = try #require(GlossaryPair.pairs(in: table, from: "pt-BR", to: "pt-PT"))
        #expect(pairs.map(\.wrong) == ["aplicativo", "aplicativo móvel"])
    }

    @Test func encodingKeepsFoldedFormsEmptyTargetsAndDistinctness() throws {
        let pairs = [
            GlossaryPair(wrong: "Colour", right: "color"), GlossaryPair(wrong: "centre", right: ""),
            GlossaryPair(wrong: "ÉCRÃ", right: "tela"),
        ]
        let distinct = GlossaryPairs(checking: pairs)
        #expect(distinct.distinct)
        let decoded = GlossaryPairs.decode(try #require(distinct.encoded()))
        #expect(decoded == distinct)
        #expect(decoded?.pairs.map(\.folded) == ["colour", "centre", "écrã"])
        let repeated = GlossaryPairs(checking: pairs + [GlossaryPair(wrong: "colour", right: "color")])
        #expect(!repeated.distinct)
        #expect(GlossaryPairs.decode(try #require(repeated.encoded())) == repeated)
        #expect(GlossaryPairs([GlossaryPair(wrong: "a\tb", right: "c")], distinct: true).encoded() == nil)
        #expect(GlossaryPairs.decode("distinct") == GlossaryPairs([], distinct: true))
        #expect(GlossaryPairs.decode("") == nil)
    }
}
