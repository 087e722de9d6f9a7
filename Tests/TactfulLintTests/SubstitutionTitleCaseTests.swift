import Testing

@testable import TactfulLint

/// A match's Title Case read byte by byte (an all-ASCII match) is what reading it as Characters gives.
@Suite struct SubstitutionTitleCaseTests {
    @Test func theByteWayAgreesWithTheCharacterWay() {
        var random = FoldedPhraseTableTests.Random(state: 71)
        let pieces = [
            "a", "Z", "ab", "Center", "CENTER", " ", "-", "'", "1", "@", "\r\n", "é", "É", "ß", "日", "Ω", "ω",
        ]
        var checked = 0
        for _ in 0..<3_000 {
            let text = (0..<random.next(6)).map { _ in pieces[random.next(pieces.count)] }.joined()
            #expect(SubstitutionRule.isTitleCase(text) == SubstitutionRule.isTitleCaseByCharacters(text), "\(text)")
            checked += SubstitutionRule.isTitleCaseByCharacters(text) ? 1 : 0
        }
        #expect(checked > 100)
        for text in ["Center", "Space Center", "CENTER", "center", "", "1st Avenue", "'Colour'", "Éclair", "éCLAIR"] {
            #expect(SubstitutionRule.isTitleCase(text) == SubstitutionRule.isTitleCaseByCharacters(text), "\(text)")
        }
    }
}
