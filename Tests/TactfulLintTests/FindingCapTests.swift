import Testing
@testable import TactfulLint

/// A text that repeats one mistake thousands of times reports the first findings of each rule and a count.
@Suite struct FindingCapTests {
    @Test func eachRuleReportsAtMostTheCapAndThenHowManyMore() throws {
        let text = String(repeating: "Sorry, we can't refund that. ", count: 1_500)
        let findings = try builtInFindings(text, "en-US") { _ in true }
        let byRule = Dictionary(grouping: findings, by: \.rule)
        let capped = try #require(byRule.values.first { $0.count == Linter.findingsPerRule + 1 })
        let summary = try #require(capped.last { $0.message.contains("more findings of this rule") })
        #expect(summary.message.hasPrefix("500 more findings"))
        #expect(summary.fixes.isEmpty)
        #expect(byRule.values.allSatisfy { $0.count <= Linter.findingsPerRule + 1 })
    }
}
