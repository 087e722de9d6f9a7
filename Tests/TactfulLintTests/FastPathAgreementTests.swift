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
}
