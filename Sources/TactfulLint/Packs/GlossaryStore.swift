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

    /// The table at `path` (built-in `Glossaries/…` first, then the user's file system).
    func table(_ path: String, near map: YAMLMap) throws(PackError) -> Table {
        if let cached = cache[path] { return cached }
        guard let text = BuiltInData.text(at: path) ?? readFile(path) else {
            throw map.error(map.node, "glossary '\(path)' not found")
        }
        let table = try CSV.parse(text, path: path)
        cache[path] = table
        return table
    }
}

/// A small RFC 4180 CSV reader (quoted fields, doubled quotes, CRLF); `#` lines are comments.
enum CSV {
    static func parse(_ text: String, path: String) throws(PackError) -> GlossaryStore.Table {
        var rows: [[String]] = []
        var field = "", row: [String] = [], quoted = false, line = 1, atLineStart = true, comment = false
        var iterator = text.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if atLineStart { comment = character == "#"; atLineStart = false }
            if comment {
                if character == "\n" || character == "\r\n" { line += 1; atLineStart = true }
                continue
            }
            switch (character, quoted) {
            case ("\"", true):
                let next = iterator.next()
                if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
            case ("\"", false) where field.isEmpty: quoted = true
            case (",", false): row.append(field); field = ""
            case ("\n", false), ("\r\n", false):
                row.append(field); field = ""
                if row.contains(where: { !$0.isEmpty }) { rows.append(row) }
                row = []; line += 1; atLineStart = true
            default:
                if character == "\n" || character == "\r\n" { line += 1 }
                field.append(character)
            }
        }
        if quoted { throw PackError(path: path, line: line, column: 0, message: "unterminated quoted field") }
        row.append(field)
        if row.contains(where: { !$0.isEmpty }) { rows.append(row) }
        guard let header = rows.first else { throw PackError(path: path, line: 1, column: 1, message: "empty table") }
        let trimmedRows = rows.dropFirst().map { $0.map { $0.trimmingCharacters(in: .whitespaces) } }
        if let bad = trimmedRows.firstIndex(where: { $0.count != header.count }) {
            throw PackError(path: path, line: bad + 2, column: 1,
                            message: "row has \(trimmedRows[bad].count) fields; the header has \(header.count)")
        }
        return GlossaryStore.Table(header: header.map { $0.trimmingCharacters(in: .whitespaces) }, rows: trimmedRows)
    }
}
