import TactfulLint

/// A CSV library: a header row naming a key column, a locale column and a body column (names from the config).
enum CSVTemplateReader {
    static func read(_ file: TextFile, config: TemplateConfig) throws(PackError) -> [Template] {
        let rows = try CSVReader.rows(file.text, path: file.path)
        guard let header = rows.first?.map({ $0.text.lowercased() }) else { return [] }
        func column(_ name: String) throws(PackError) -> Int {
            guard let index = header.firstIndex(of: name.lowercased()) else {
                throw PackError(
                    path: file.path, line: 1, column: 1,
                    message: "the header has no '\(name)' column (columns: \(header.joined(separator: ", ")))")
            }
            return index
        }
        let (key, locale, body) = (try column(config.csvKey), try column(config.csvLocale), try column(config.csvBody))
        var templates: [Template] = []
        for row in rows.dropFirst() {
            guard row.count == header.count else {
                let position = row.first?.sourceMap.position(of: 0) ?? (line: 0, column: 0)
                throw PackError(
                    path: file.path, line: position.line, column: 1,
                    message: "row has \(row.count) fields; the header has \(header.count)")
            }
            templates.append(
                Template(
                    key: row[key].text, path: file.path, declaredLocale: row[locale].text,
                    text: row[body].text, sourceMap: row[body].sourceMap))
        }
        return templates
    }
}
