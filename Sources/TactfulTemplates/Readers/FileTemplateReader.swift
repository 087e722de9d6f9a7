import Foundation
import TactfulLint

/// Template files (`.txt`, `.md`, `.html`, `.liquid`, `.hbs`, `.mustache`), with optional YAML front matter
/// (`market: de-DE`) that is not part of the template.
enum FileTemplateReader {
    static let extensions: Set<String> = ["txt", "md", "html", "htm", "liquid", "hbs", "mustache"]

    static func read(_ file: TextFile, relativePath: String) -> Template {
        var text = file.text
        var firstLine = 1
        var declared: String? = nil
        if text.hasPrefix("---\n"),
            let end = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 4)..<text.endIndex)
        {
            let front = text[text.index(text.startIndex, offsetBy: 4)..<end.lowerBound]
            for line in front.split(separator: "\n") where line.hasPrefix("market:") || line.hasPrefix("locale:") {
                declared = line.split(separator: ":", maxSplits: 1).last.map {
                    $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                }
            }
            firstLine = front.split(separator: "\n", omittingEmptySubsequences: false).count + 3
            text = String(text[end.upperBound...])
        }
        let split = LocaleInPath.split(relativePath)
        let key =
            split?.key
            ?? (relativePath.split(separator: ".").count > 1
                ? String(relativePath[..<relativePath.lastIndex(of: ".")!]) : relativePath)
        return Template(
            key: key, path: file.path, declaredLocale: declared ?? split?.locale, text: text,
            sourceMap: .verbatim(text, line: firstLine))
    }
}
