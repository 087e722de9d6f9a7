import TactfulLint
import TactfulYAML
import Yams

/// A YAML library: `key → locale → body`. Bodies may be plain, quoted or block scalars; positions come from
/// the scalars' marks (block scalars: their content lines, at their indentation).
enum YAMLTemplateReader {
    static func read(_ file: TextFile) throws(PackError) -> [Template] {
        guard let mapping = try YAMLNode.parse(file.text, path: file.path).node.mapping else {
            throw PackError(path: file.path, line: 1, column: 1, message: "expected a mapping of key → locale → body")
        }
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        var templates: [Template] = []
        for (keyNode, locales) in mapping {
            guard let key = keyNode.string, let byLocale = locales.mapping else {
                throw YAMLNode.error(file.path, keyNode, "expected key → locale → body")
            }
            for (localeNode, body) in byLocale {
                guard let scalar = body.scalar, let locale = localeNode.string else {
                    throw YAMLNode.error(file.path, localeNode, "expected a text body for \(key)")
                }
                templates.append(
                    Template(
                        key: key, path: file.path, declaredLocale: locale, text: scalar.string,
                        sourceMap: sourceMap(scalar, mark: body.mark, lines: lines)))
            }
        }
        return templates
    }

    private static func sourceMap(_ scalar: Node.Scalar, mark: Mark?, lines: [Substring]) -> SourceMap {
        let line = mark?.line ?? 1, column = mark?.column ?? 1
        switch scalar.style {
        case .literal, .folded:
            let contentLine = line + 1
            let indent = lines.indices.contains(contentLine - 1) ? lines[contentLine - 1].prefix { $0 == " " }.count : 0
            var positions: [(line: Int, column: Int)] = []
            var (current, col) = (contentLine, indent + 1)
            for unit in scalar.string.utf16 {
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
            return .verbatim(scalar.string, line: line, column: column + 1)
        default:
            return .verbatim(scalar.string, line: line, column: column)
        }
    }
}
