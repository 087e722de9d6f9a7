import Foundation
import TactfulLint

/// A Zendesk macros export: `{"macros":[{"title":…,"actions":[{"field":"comment_value_html","value":…}]}]}`.
/// The key is the title without a trailing locale marker ("Refund [de-DE]", "Refund (fr)"); the locale comes
/// from that marker or from a `locale` field on the macro.
enum ZendeskReader {
    static func read(_ file: TextFile) throws(PackError) -> [Template] {
        let root = try PositionedJSON.parse(file.text, path: file.path)
        guard let macros = root["macros"] else {
            throw PackError(
                path: file.path, line: 1, column: 1, message: "not a Zendesk macros export (no \"macros\" array)")
        }
        return macros.array.flatMap { macro -> [Template] in
            let title = macro["title"]?.string ?? "untitled"
            let (key, marker) = splitTitle(title)
            let locale = macro["locale"]?.string ?? marker
            return macro["actions"]?.array.compactMap { action -> Template? in
                guard let field = action["field"]?.string, field == "comment_value" || field == "comment_value_html"
                else { return nil }
                let value = action["value"].flatMap { value -> PositionedJSON.Value? in
                    if case .string = value { return value }
                    return value.array.last  // ["channel:all", "text"] form
                }
                guard case .string(let text, let map) = value else { return nil }
                return Template(key: key, path: file.path, declaredLocale: locale, text: text, sourceMap: map)
            } ?? []
        }
    }

    /// "Refund [de-DE]" → ("Refund", "de-DE"); "Refund" → ("Refund", nil).
    static func splitTitle(_ title: String) -> (String, String?) {
        for (open, close) in [("[", "]"), ("(", ")")] where title.hasSuffix(close) {
            if let start = title.lastIndex(of: Character(open)) {
                let inner = String(title[title.index(after: start)..<title.index(before: title.endIndex)])
                if LocaleInPath.isLocale(inner) {
                    return (String(title[..<start]).trimmingCharacters(in: .whitespaces), inner)
                }
            }
        }
        return (title, nil)
    }
}
