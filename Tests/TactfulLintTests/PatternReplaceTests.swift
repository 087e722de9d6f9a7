import Testing
@testable import TactfulLint

/// The pattern kind's `replace:` template: `$0` and the capturing groups `$1`…`$9`.
@Suite struct PatternReplaceTests {
    static let pack = """
        pack: en-US
        rules:
          - id: test.order
            kind: pattern
            category: readability
            regex: '\\border\\s+(?:number\\s+)?(\\d{4,})\\b'
            requires: [order]
            replace: "order #$1"
            fix: safe
            message: Write order numbers with #.
            source: test
            examples:
              trigger: ["Your ↓order 12345 shipped.", "Hello,\\nYour ↓order number 12345 shipped."]
              clean: ["Your order #12345 shipped.", "Your order shipped."]
              fix:
                - before: "Hello,\\nYour order number 12345 shipped."
                  after: "Hello,\\nYour order #12345 shipped."
          - id: test.quote
            kind: pattern
            category: readability
            regex: '(\\w+) (said|wrote)(?: (today))?'
            replace: "$$0 ($2 by $1$3)"
            message: Test template.
            source: test
            examples:
              trigger: ["↓Anna wrote it."]
              clean: ["It was written."]
              fix:
                - before: "Anna wrote it."
                  after: "$Anna wrote (wrote by Anna) it."
        """

    @Test func groupsFillTheTemplate() throws {
        let failures = try TestPack(Self.pack).exampleFailures
        #expect(failures == [], "\(failures.joined(separator: "\n"))")
    }

    @Test func aGroupTheRegexLacksIsALoadError() throws {
        let bad = Self.pack.replacingOccurrences(of: "replace: \"order #$1\"", with: "replace: \"order #$2\"")
        let error = try #require(throws: PackError.self) { try TestPack(bad) }
        #expect(error.description.contains("$2"))
        #expect(error.description.contains("1 capturing group"))
    }

    @Test func templatesParseOnce() {
        let template = PatternRule.ReplacementTemplate("US$ $0 for $1, $x and ٣")
        #expect(template.highestGroup == 1)
        #expect(template.expand(["9.99", nil]) == "US$ 9.99 for , $x and ٣")
        #expect(PatternRule.ReplacementTemplate("no groups").highestGroup == 0)
    }
}
