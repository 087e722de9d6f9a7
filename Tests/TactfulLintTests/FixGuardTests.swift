import Testing
@testable import TactfulLint
import TactfulMarkets

/// The write policy of `--fix` and of the doors' rewrites: a rewrite is kept only when re-linting finds nothing new
/// and the placeholders, in every syntax the placeholder rules know, are unchanged.
@Suite struct FixGuardTests {
    func linter(_ tag: String) throws -> Linter {
        Linter(ruleSet: try RuleSet(market: try MarketResolver().resolve(tag), library: try LinterTests.library.get()))
    }

    /// A fix replacing the first `original` in `text` by `replacement`, as a rule would offer it.
    func replacing(_ original: String, with replacement: String, in text: String) throws -> Finding {
        let range = try #require(text.range(of: original))
        let start = text.utf16.distance(from: text.utf16.startIndex, to: range.lowerBound)
        return Finding(
            rule: "test.replace", category: .vocabulary, severity: .warning, confidence: .high, message: "test",
            match: original, span: start..<(start + original.utf16.count),
            fixes: [Fix(replacement: replacement, description: "test", safe: true)])
    }

    @Test func keepsARewriteThatAddsNothing() throws {
        let text = "We close at 5pm and open at 9am. Hi {{first_name}}."
        let linter = try linter("de-DE")
        let findings = try linter.lint(text)
        let outcome = try FixGuard.rewrite(
            text, findings: findings, mode: .safe, linter: linter, channel: .email, uiLanguage: .en)
        #expect(outcome.text == "We close at 17:00 and open at 09:00. Hi {{first_name}}.")
        #expect(outcome.applied == 2 && outcome.refusal == nil)
        #expect(outcome.findings.map(\.match) == (try linter.lint(outcome.text)).map(\.match))
    }

    @Test(arguments: ["{{first_name}}", "{customer_name}", "${amount}", "%s", "%%NAME%%", "[Customer name]", "【订单号】"])
    func refusesARewriteThatDropsAPlaceholder(_ placeholder: String) throws {
        let text = "Hello \(placeholder), your parcel is on its way."
        let linter = try linter("en-US")
        #expect(try FixGuard.placeholders(in: text, linter: linter) == [placeholder])
        let findings = try linter.lint(text) + [try replacing(placeholder, with: "Anna", in: text)]
        let outcome = try FixGuard.rewrite(
            text, findings: findings, mode: .safe, linter: linter, channel: .email, uiLanguage: .en)
        #expect(outcome.refusal == .placeholdersChanged)
        #expect(outcome.text == text && outcome.applied == 0)
    }

    @Test func refusesARewriteThatIntroducesAFinding() throws {
        let text = "Your card ending in 1111 was refunded."
        let linter = try linter("en-US")
        let card = try replacing("1111", with: "4111 1111 1111 1111", in: text)
        let outcome = try FixGuard.rewrite(
            text, findings: [card], mode: .safe, linter: linter, channel: .email, uiLanguage: .en)
        guard case .newFindings(let count, let rule) = outcome.refusal else {
            Issue.record("expected a refusal, got \(String(describing: outcome.refusal))")
            return
        }
        #expect(count >= 1 && rule.contains("privacy"))
        #expect(outcome.text == text && outcome.findings.map(\.rule) == ["test.replace"])
    }
}
