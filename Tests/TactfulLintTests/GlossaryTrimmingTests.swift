import TactfulGlossaryPairs
import Testing

@testable import TactfulLint

/// Glossary fields lose surrounding spaces and tabs (any space separator), whatever script they are in.
@Suite struct GlossaryTrimmingTests {
    @Test func fieldsAreTrimmedOfSpaceSeparatorsOnly() throws {
        let cells = ["plain", " lead", "trail\t", "\u{00A0}nbsp", "ideo\u{3000}", "é", "é ", " ü", "中文", "x\u{200B}"]
        let text = "h\n" + cells.map { "\"\($0)\"" }.joined(separator: "\n") + "\n"
        let table = try GlossaryTable.parse(text, path: "t.csv")
        // A zero-width space is a format character, not a space separator: it stays.
        let trimmed = ["plain", "lead", "trail", "nbsp", "ideo", "é", "é", "ü", "中文", "x\u{200B}"]
        #expect(table.rows.map { $0[0] } == trimmed)
    }
}
