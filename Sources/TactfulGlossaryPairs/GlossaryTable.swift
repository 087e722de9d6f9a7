import Foundation
import TactfulYAML

/// A glossary table (`Glossaries/…` or beside a user's pack): a header row naming columns, then rows of the same
/// width, every field trimmed of surrounding spaces.
package struct GlossaryTable: Sendable {
    /// The header's column names.
    package let header: [String]
    /// The rows after the header, as wide as it.
    package let rows: [[String]]

    /// The index of a column by header name.
    package func column(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// The table of `text`; with `columns`, only the fields of the columns so named (trimmed) are read, the others
    /// left empty.
    package static func parse(_ text: String, path: String, columns: Set<String>? = nil) throws(PositionedError)
        -> GlossaryTable
    {
        var rows = try GlossaryCSV.fieldTexts(
            text, path: path,
            keeping: columns.map { names in { header in header.map { names.contains(trimmed($0) ?? $0) } } })
        // Trimmed in place: most fields need nothing, and building every row anew cost a sixth of reading a table.
        for row in rows.indices {
            for column in rows[row].indices {
                if let trimmed = trimmed(rows[row][column]) { rows[row][column] = trimmed }
            }
        }
        guard let header = rows.first else {
            throw PositionedError(path: path, line: 1, column: 1, message: "empty table")
        }
        if let bad = rows.dropFirst().firstIndex(where: { $0.count != header.count }) {
            throw PositionedError(
                path: path, line: 0, column: 0,
                message: "row \(bad + 1) has \(rows[bad].count) fields; the header has \(header.count)")
        }
        rows.removeFirst()
        return GlossaryTable(header: header, rows: rows)
    }

    /// The field without surrounding spaces or tabs (any space separator), or nil when it has none (most fields:
    /// their first and last bytes are looked at, and a scalar decoded only where a byte is not ASCII).
    private static func trimmed(_ field: String) -> String? {
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            // Of ASCII, only the space is a space separator; other scalars ask for their category.
            scalar.isASCII ? scalar == " " || scalar == "\t" : scalar.properties.generalCategory == .spaceSeparator
        }
        func isBlank(_ byte: UInt8, orScalar scalar: () -> Unicode.Scalar?) -> Bool {
            byte < 0x80 ? byte == 0x20 || byte == 0x09 : scalar().map(isBlank) ?? false
        }
        guard let first = field.utf8.first, let last = field.utf8.last,
            isBlank(first, orScalar: { field.unicodeScalars.first })
                || isBlank(last, orScalar: { field.unicodeScalars.last })
        else { return nil }
        return field.trimmingCharacters(in: .whitespaces)
    }
}
