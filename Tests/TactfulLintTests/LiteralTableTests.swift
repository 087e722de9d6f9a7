import TactfulData
import TactfulLawCues
import TactfulStances
import TactfulYAML
import Testing

@testable import TactfulLint

/// The literal table the stance and law kinds build from bytes gives the literals their strings gave.
@Suite struct LiteralTableTests {
    @Test func writtenPhrasesReadAsBytesAreTheStringsLiterals() throws {
        var phrases = ["*", "**", "*a", "a*", "*ليست مسؤوليتنا", "어쩔 수 없*", "不能退*", ""]
        let path = "Glossaries/phrasing/stances.yml"
        for family in try StanceFamily.read(try #require(BuiltInData.text(at: path)), path: path) {
            phrases += Array(family.phrases) + Array(family.except) + family.frames.flatMap { $0.slots.joined() }
        }
        var table = LiteralTable()
        for phrase in phrases { table.appendWritten(phrase) }
        #expect(described(table.literals) == described(phrases.map(Literal.written)))
        #expect(phrases.count > 3000)
    }

    @Test func lawWordsReadAsBytesAreTheStringsLiterals() throws {
        let words = try #require(LawCues.builtIn).words
        let table = LiteralTable(byScript: words.texts)
        #expect(described(table.literals) == described(words.map { Literal.byScript($0.text) }))
        #expect(words.count > 3000)
    }

    @Test func aTableOfLiteralsGivesThemBack() {
        let literals = ["refund", "返金", "환불", "👌"].map(Literal.byScript) + [Literal("x", wholeWord: false)]
        var joined = LiteralTable(Array(literals.prefix(2)))
        joined.append(contentsOf: LiteralTable(Array(literals.dropFirst(2))))
        #expect(described(joined.literals) == described(literals))
    }

    private func described(_ literals: [Literal]) -> [String] {
        literals.map { "\($0.text)|\($0.wholeWord)|\($0.endsOnBoundary)" }
    }
}
