/// One wrong → right pair a substitution rule reads from a glossary, with the wrong form folded as the rule compares
/// forms that are not case-sensitive (`lowercased()`): folded when the binary is built for the built-in glossaries
/// (``GlossaryPairs/encoded()``), so a run makes no case mapping of their rows.
package struct GlossaryPair: Equatable, Sendable {
    /// The form the market does not use.
    package let wrong: String
    /// The form it uses.
    package let right: String
    /// `wrong.lowercased()`.
    package let folded: String

    /// A pair whose folded form is worked out now.
    package init(wrong: String, right: String) {
        self.init(wrong: wrong, right: right, folded: wrong.lowercased())
    }

    /// A pair whose folded form is known.
    package init(wrong: String, right: String, folded: String) {
        (self.wrong, self.right, self.folded) = (wrong, right, folded)
    }

    /// The pairs of the glossary `table` for a rule that reads column `from` as wrong and column `to` as right, in
    /// row order: each `|`-separated alternative of a row's `from` cell that is not a word of the `to` column (in any
    /// row: Brazil's "app" beside "aplicativo móvel" is also Portugal's "app"), paired with the first of the row's
    /// `to` cell (rows with either cell empty are skipped); nil when a column is missing.
    package static func pairs(in table: GlossaryTable, from: String, to: String) -> [GlossaryPair]? {
        guard let fromColumn = table.column(from), let toColumn = table.column(to) else { return nil }
        let acceptedAnywhere = Set(table.rows.flatMap { alternatives($0[toColumn]) })
        var pairs: [GlossaryPair] = []
        for row in table.rows where !row[fromColumn].isEmpty && !row[toColumn].isEmpty {
            let accepted = alternatives(row[toColumn])
            let target = accepted.first ?? ""
            for variant in alternatives(row[fromColumn]) where !acceptedAnywhere.contains(variant) {
                pairs.append(GlossaryPair(wrong: variant, right: target))
            }
        }
        return pairs
    }

    /// A glossary cell's `|`-separated alternatives, empty ones left out (split over the UTF-8 buffer: a cell is
    /// split character by character otherwise, and the generic byte split cost 2,000 instructions a cell).
    private static func alternatives(_ cell: String) -> [String] {
        let bar = UInt8(ascii: "|")
        var bytes = cell
        return bytes.withUTF8 { buffer in
            guard buffer.contains(bar) else { return [cell] }
            var parts: [String] = []
            var start = 0
            for index in 0...buffer.count where index == buffer.count || buffer[index] == bar {
                if index > start {
                    parts.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self))
                }
                start = index + 1
            }
            return parts
        }
    }
}
