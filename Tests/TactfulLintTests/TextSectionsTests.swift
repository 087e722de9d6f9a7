import Testing
import TactfulMarkets
@testable import TactfulLint

/// A text longer than a section is linted section by section and reports what the whole text would, in place.
@Suite struct TextSectionsTests {
    @Test func sectionsCoverTheTextAndCutAfterABlankLineFirst() {
        let text = String(repeating: "One line here.\nAnother line.\n\n", count: 40)
        let sections = Array(TextSections(text, length: 100))
        #expect(sections.map(\.text).joined() == text)
        #expect(sections.allSatisfy { $0.text.utf16.count <= 100 })
        #expect(sections.dropLast().allSatisfy { $0.text.hasSuffix("\n\n") })
        #expect(sections.count > 1)
    }

    @Test func sectionStartsKnowTheirLineAndColumn() {
        let text =
            String(repeating: "word ", count: 30) + "\r\n" + String(repeating: "x", count: 70) + "\r"
            + String(repeating: "yz ", count: 60)
        let units = Array(text.utf16)
        for section in TextSections(text, length: 40) {
            // Count lines the slow way up to the section's start.
            var line = 1, column = 1
            for index in 0..<section.offset {
                if units[index] == 0x0A || (units[index] == 0x0D && units[index + 1] != 0x0A) {
                    (line, column) = (line + 1, 1)
                } else {
                    column += 1
                }
            }
            #expect((section.line, section.column) == (line, column), "section at \(section.offset)")
        }
    }

    @Test func aCutNeverSplitsASurrogatePair() {
        let text = String(repeating: "😀", count: 500)  // no spaces or line breaks: cut between characters
        let sections = Array(TextSections(text, length: 101))
        #expect(sections.map(\.text).joined() == text)
        #expect(sections.allSatisfy { $0.text.allSatisfy { $0 == "😀" } })
    }

    @Test func findingsInALongTextMatchTheSameParagraphsLintedWhole() throws {
        let paragraph =
            "Hi Anna,\n\nSorry, we can't refund that order.\nPlease send us your CVV to verify the card.\n\n"
        let text = String(repeating: paragraph, count: 12)
        let ruleSet = try RuleSet(market: try MarketResolver().resolve("en-US"), library: try LinterTests.library.get())
        let whole = try Linter(ruleSet: ruleSet).lint(text)
        var sectioned = Linter(ruleSet: ruleSet)
        sectioned.sectionLength = paragraph.utf16.count * 2 + 7
        let inSections = try sectioned.lint(text)
        let bodyRules: Set = ["en.negative.refusal", "root.negative.stance", "en.privacy.card-security-code"]
        func located(_ findings: [Finding]) -> [String] {
            findings.filter { bodyRules.contains($0.rule) }.map {
                "\($0.rule) \($0.span) \($0.line):\($0.column)-\($0.endLine):\($0.endColumn)"
            }
        }
        #expect(!located(whole).isEmpty)
        #expect(located(inSections) == located(whole))
    }

    @Test func theFindingCapHoldsAcrossSections() throws {
        let text = String(repeating: "Sorry, we can't refund that.\n", count: 1_200)
        let ruleSet = try RuleSet(market: try MarketResolver().resolve("en-US"), library: try LinterTests.library.get())
        var linter = Linter(ruleSet: ruleSet)
        linter.sectionLength = 4_000
        let refusals = try linter.lint(text).filter { $0.rule == "en.negative.refusal" }
        #expect(refusals.count == Linter.findingsPerRule + 1)
        let summary = try #require(refusals.last)
        #expect(summary.message.hasPrefix("200 more findings"))
        #expect(summary.line == Linter.findingsPerRule + 1)
    }
}
