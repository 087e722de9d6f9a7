import TactfulPhraseFolding
import Testing

@testable import TactfulLint

/// A phrase that starts with a vowel is found after a French or Italian elided prefix ("l'Action de grâce"), and an
/// English contraction is not split.
@Suite struct ElisionTests {
    @Test func aWordStartsAfterAnElidedArticle() {
        let units = Array("l'action de grâce".utf16)
        var boundary = [Bool](repeating: false, count: units.count + 1)
        boundary[0] = true
        Elision.markWordStarts(units, &boundary)
        #expect(boundary[2])
    }

    @Test func contractionsAndLongWordsAreNotSplit() {
        for word in ["don't", "aujourd'hui", "can't"] {
            let units = Array(word.utf16)
            var boundary = [Bool](repeating: false, count: units.count + 1)
            boundary[0] = true
            Elision.markWordStarts(units, &boundary)
            #expect(boundary.dropFirst().allSatisfy { !$0 }, "\(word)")
        }
    }

    @Test func anOccasionAfterAnElidedArticleIsFound() throws {
        let text = "Notre entrepôt était fermé pour l'Action de grâce le 26 novembre."
        let found = try builtInFindings(text, "fr-CA") { $0.rule == "root.culture.occasion" }
        #expect(found.count == 1)
    }
}
