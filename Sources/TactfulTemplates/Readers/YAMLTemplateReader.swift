import TactfulLint
import TactfulYAML

/// A YAML library: `key → locale → body`. Bodies may be plain, quoted or block scalars; positions come from
/// the scalars' marks (block scalars: their content lines, at their indentation).
enum YAMLTemplateReader {
    static func read(_ file: TextFile) throws(PackError) -> [Template] {
        guard let mapping = try YAMLNode.parse(file.text, path: file.path).node.mapping else {
            throw PackError(path: file.path, line: 1, column: 1, message: "expected a mapping of key → locale → body")
        }
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        var templates: [Template] = []
        for entry in mapping {
            guard let key = entry.key.string, let byLocale = entry.value.mapping else {
                throw YAMLNode.error(file.path, entry.key, "expected key → locale → body")
            }
            for translation in byLocale {
                guard let scalar = translation.value.scalar, let locale = translation.key.string else {
                    throw YAMLNode.error(file.path, translation.key, "expected a text body for \(key)")
                }
                templates.append(
                    Template(
                        key: key, path: file.path, declaredLocale: locale, text: scalar.text,
                        sourceMap: sourceMap(scalar, at: translation.value, lines: lines)))
            }
        }
        return templates
    }

    private static func sourceMap(_ scalar: YAMLScalar, at node: YAMLValue, lines: [Substring]) -> SourceMap {
        let line = node.line, column = node.column
        switch scalar.style {
        case .literal, .folded:
            let contentLine = line + 1
            let indent = lines.indices.contains(contentLine - 1) ? lines[contentLine - 1].prefix { $0 == " " }.count : 0
            var positions: [(line: Int, column: Int)] = []
            var (current, col) = (contentLine, indent + 1)
            for unit in scalar.text.utf16 {
                positions.append((current, col))
                if unit == 0x0A {
                    current += 1
                    let next = lines.indices.contains(current - 1) ? lines[current - 1].prefix { $0 == " " }.count : 0
                    col = next + 1
                } else {
                    col += 1
                }
            }
            positions.append((current, col))
            return SourceMap(positions: positions)
        case .singleQuoted, .doubleQuoted:
            return .verbatim(scalar.text, line: line, column: column + 1)
        case .plain:
            return .verbatim(scalar.text, line: line, column: column)
        }
    }
}
