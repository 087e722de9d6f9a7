import TactfulYAML

/// One wrong → right pair a substitution rule reads from a glossary, with the wrong form folded as the rule compares
/// forms that are not case-sensitive (`lowercased()`): folded when the binary is built for the built-in glossaries
/// (``encoded(_:)``), so a run makes no case mapping of their rows.
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

    private init(wrong: String, right: String, folded: String) {
        (self.wrong, self.right, self.folded) = (wrong, right, folded)
    }

    /// The pairs of the glossary `table` for a rule that reads column `from` as wrong and column `to` as right, in
    /// row order: each `|`-separated alternative of a row's `from` cell that is not one of its `to` cell, paired
    /// with the first of those (rows with either cell empty are skipped); nil when a column is missing.
    package static func pairs(in table: GlossaryTable, from: String, to: String) -> [GlossaryPair]? {
        guard let fromColumn = table.column(from), let toColumn = table.column(to) else { return nil }
        var pairs: [GlossaryPair] = []
        for row in table.rows where !row[fromColumn].isEmpty && !row[toColumn].isEmpty {
            let variants = alternatives(row[fromColumn])
            let accepted = alternatives(row[toColumn])
            let target = accepted.first ?? ""
            for variant in variants where !accepted.contains(variant) {
                pairs.append(GlossaryPair(wrong: variant, right: target))
            }
        }
        return pairs
    }

    /// The pairs as one text, a line each of tab-separated fields, `wrong right`, or `wrong right folded` when the
    /// folded form differs from the wrong one; nil when a field holds a tab, a line feed or a carriage return.
    package static func encoded(_ pairs: [GlossaryPair]) -> String? {
        let fields = pairs.flatMap { [$0.wrong, $0.right, $0.folded] }
        guard !fields.contains(where: { $0.utf8.contains { [0x09, 0x0A, 0x0D].contains($0) } }) else { return nil }
        return pairs.map { pair in
            [pair.wrong, pair.right] + (pair.folded == pair.wrong ? [] : [pair.folded])
        }.map { $0.joined(separator: "\t") }.joined(separator: "\n")
    }

    /// The pairs of an ``encoded(_:)`` text; nil when it is malformed.
    package static func decode(_ text: String) -> [GlossaryPair]? {
        var text = text
        return text.withUTF8 { bytes in
            var pairs: [GlossaryPair] = []
            let complete = EncodedLine.read(bytes) { line in
                guard line.count == 2 || line.count == 3 else { return false }
                let wrong = line.string(0)
                pairs.append(
                    GlossaryPair(wrong: wrong, right: line.string(1), folded: line.count == 3 ? line.string(2) : wrong))
                return true
            }
            return complete ? pairs : nil
        }
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
