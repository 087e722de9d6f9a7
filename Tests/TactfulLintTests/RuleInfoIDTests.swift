import Testing

@testable import TactfulLint

/// A rule id is letters, digits, '-', '_' and '.', in any script.
@Suite struct RuleInfoIDTests {
    @Test func anIDIsLettersDigitsDashesUnderscoresAndDots() {
        #expect(RuleInfo.isValidID("en-US.refund_window-2"))
        #expect(RuleInfo.isValidID("ja.返品-3"))
        #expect(!RuleInfo.isValidID(""))
        #expect(!RuleInfo.isValidID("refund window"))
        #expect(!RuleInfo.isValidID("refund/window"))
        #expect(!RuleInfo.isValidID("返品!"))
    }
}
