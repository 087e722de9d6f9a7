import TactfulICU
import Testing

@testable import TactfulLint

/// Shortcuts taken per draft for speed give the answers of the plain ways they replace, on random text.
@Suite struct FastPathAgreementTests {
    /// The branch-free test of ASCII drafts for two capitals in a row answers as the unit-by-unit test.
    @Test func asciiCapitalPairsAgreeWithTheUnitByUnitTest() {
        var random = RandomAsciiTexts()
        let texts = random.texts(3000, maxLength: 40, oneIn: 4, frequent: Array("aA Bz.ZQ1".utf16))
        for text in texts {
            let fast = text.withUnsafeBufferPointer(MetricRule.holdsTwoASCIICapitals)
            let plain = text.withUnsafeBufferPointer(MetricRule.mayHoldCapsWordUnitByUnit)
            #expect(fast == plain, "\(String(decoding: text, as: UTF16.self).debugDescription)")
            #expect(MetricRule.mayHoldCapsWord(text) == plain)
        }
        #expect(MetricRule.mayHoldCapsWord(Array("Ünd AB".utf16)))
        #expect(!MetricRule.mayHoldCapsWord(Array("Ünd Ab".utf16)))
    }

    /// Hits handed out rule by rule after a counting sort are each rule's hits in the order they were added.
    @Test func ruleHitsAreEachRulesInTheOrderAdded() {
        var random = RandomAsciiTexts()
        for _ in 0..<300 {
            let ruleCount = 1 + random.next(12)
            var hits = RuleHits(), expected = [[LiteralHit]](repeating: [], count: ruleCount)
            for position in 0..<random.next(200) {
                let rule = random.next(ruleCount)
                let hit = LiteralHit(range: position..<(position + 1 + random.next(5)), literal: random.next(50))
                hits.append(hit, of: rule)
                expected[rule].append(hit)
            }
            var visited: [Int] = []
            hits.forEachRule(below: ruleCount) { rule, found in
                visited.append(rule)
                #expect(found.map(\.range) == expected[rule].map(\.range))
                #expect(found.map(\.literal) == expected[rule].map(\.literal))
            }
            #expect(visited == Array(0..<ruleCount))
        }
    }

    /// Random texts of ASCII letters, digits, spaces, line breaks and a few wider units (Arabic-Indic digits, kana).
    private static func mixedTexts(_ count: Int) -> [[UInt16]] {
        var random = RandomAsciiTexts()
        let frequent = Array("aZ 09\n\r.".utf16) + [0x0661, 0x06F5, 0x3042]
        return random.texts(count, maxLength: 60, oneIn: 5, frequent: frequent)
    }

    /// A document's text of a range is the range's units decoded, ASCII or not.
    @Test func documentStringsAreTheirUnitsDecoded() throws {
        let pool = ICUPool(), locale = try ICU.LocaleID(tag: "en-US")
        var random = RandomAsciiTexts()
        for units in Self.mixedTexts(500) {
            let document = try Document(text: String(decoding: units, as: UTF16.self), language: locale, pool: pool)
            let text = document.utf16
            for _ in 0..<5 {
                let start = random.next(text.count + 1), end = start + random.next(text.count - start + 1)
                #expect(document.string(start..<end) == String(decoding: text[start..<end], as: UTF16.self))
            }
        }
    }
}
