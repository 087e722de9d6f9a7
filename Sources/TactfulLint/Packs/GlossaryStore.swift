import Foundation
import TactfulData

/// CSV tables under `Glossaries/` (built in) or beside a user's pack, parsed once per load.
final class GlossaryStore {
    /// A parsed table: a header row naming columns, then rows of the same width.
    struct Table {
        let header: [String]
        let rows: [[String]]

        /// The index of a column by header name.
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
    }

    private var cache: [String: Table] = [:]
    private let readFile: (String) -> String?

    /// A store that reads user files with `readFile` and built-in ones from the embedded data.
    init(readFile: @escaping (String) -> String? = { _ in nil }) {
        self.readFile = readFile
    }

    /// The table at `path` (built-in `Glossaries/…` first, then the user's file system), with the fields of the
    /// columns named `columns` read and those of the others left empty.
    func table(_ path: String, columns: Set<String>, near map: YAMLMap) throws(PackError) -> Table {
        let key = ([path] + columns.sorted()).joined(separator: "\n")
        if let cached = cache[key] { return cached }
        guard let text = BuiltInData.text(at: path) ?? readFile(path) else {
            throw map.error(map.node, "glossary '\(path)' not found")
        }
        let table = try CSV.parse(text, path: path, columns: columns)
        cache[key] = table
        return table
    }
}

/// Glossary tables are CSV with a header row; fields are trimmed.
enum CSV {
    /// The field without surrounding spaces or tabs, or nil when it has none (most fields: their first and last
    /// bytes are looked at, and a scalar decoded only where a byte is not ASCII).
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

    /// The table of `text`; with `columns`, only the fields of the columns so named (trimmed) are read, the others
    /// left empty.
    static func parse(_ text: String, path: String, columns: Set<String>? = nil) throws(PackError)
        -> GlossaryStore.Table
    {
        var rows = try CSVReader.fieldTexts(
            text, path: path,
            keeping: columns.map { names in { header in header.map { names.contains(trimmed($0) ?? $0) } } })
        // Trimmed in place: most fields need nothing, and building every row anew cost a sixth of reading a table.
        for row in rows.indices {
            for column in rows[row].indices {
                if let trimmed = trimmed(rows[row][column]) { rows[row][column] = trimmed }
            }
        }
        guard let header = rows.first else { throw PackError(path: path, line: 1, column: 1, message: "empty table") }
        if let bad = rows.dropFirst().firstIndex(where: { $0.count != header.count }) {
            throw PackError(
                path: path, line: 0, column: 0,
                message: "row \(bad + 1) has \(rows[bad].count) fields; the header has \(header.count)")
        }
        rows.removeFirst()
        return GlossaryStore.Table(header: header, rows: rows)
    }
}
