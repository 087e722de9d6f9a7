import TactfulData
import TactfulGlossaryPairs
import Testing

@testable import TactfulLint

/// The generated Portugal/Brazil spelling table (`Glossaries/vocabulary/pt-spelling.csv`) keeps its promises: no
/// form is in both norms, and no form is also in the hand-made vocabulary table (one finding per word, one rule id).
@Suite struct PortugueseSpellingGlossaryTests {
    static func forms(_ path: String) throws -> (portugal: Set<String>, brazil: Set<String>) {
        let text = try #require(BuiltInData.text(at: path))
        let table = try GlossaryTable.parse(text, path: path)
        let portugal = try #require(table.column("pt-PT")), brazil = try #require(table.column("pt-BR"))
        func column(_ index: Int) -> Set<String> {
            Set(table.rows.flatMap { $0[index].split(separator: "|").map(String.init) })
        }
        return (column(portugal), column(brazil))
    }

    @Test func noFormIsWrittenTheSameWayInBothNorms() throws {
        let spelling = try Self.forms("Glossaries/vocabulary/pt-spelling.csv")
        #expect(spelling.portugal.count > 1_000)
        #expect(spelling.portugal.isDisjoint(with: spelling.brazil))
        #expect(spelling.brazil.isDisjoint(with: ["fato", "bebé", "contacto", "facto", "secção"]))
        #expect(spelling.brazil.isSuperset(of: ["telefônica", "decepcionado", "umidade"]))
    }

    @Test func leavesTheHandMadeTableItsWords() throws {
        let spelling = try Self.forms("Glossaries/vocabulary/pt-spelling.csv")
        let vocabulary = try Self.forms("Glossaries/vocabulary/pt-vocabulary.csv")
        let handMade = vocabulary.portugal.union(vocabulary.brazil)
        #expect(spelling.portugal.isDisjoint(with: handMade))
        #expect(spelling.brazil.isDisjoint(with: handMade))
    }
}
