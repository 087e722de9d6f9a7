import TactfulICU

/// Finds a locale tag in a template's path and the key that remains without it:
/// `de-DE/refund.md`, `refund.de-DE.md`, `refund_de_DE.txt`, `fr/refund.md` → (`de-DE` | `fr`, `refund`).
enum LocaleInPath {
    /// The locale and the path's key, or nil when no part of the path is a locale tag ICU knows.
    static func split(_ relativePath: String) -> (locale: String, key: String)? {
        let withoutExtension =
            relativePath.split(separator: ".").count > 1
            ? String(relativePath[..<relativePath.lastIndex(of: ".")!]) : relativePath
        var components = withoutExtension.split(separator: "/").map(String.init)
        guard let file = components.popLast() else { return nil }
        // refund.de-DE / refund_de_DE / refund-de-DE as the file name's suffix.
        for separator in [".", "_"] {
            let parts = file.components(separatedBy: separator)
            for count in [3, 2, 1] where parts.count > count {
                let candidate = parts.suffix(count).joined(separator: "-")
                if isLocale(candidate) {
                    let base = parts.dropLast(count).joined(separator: separator)
                    return (canonical(candidate), (components + [base]).joined(separator: "/"))
                }
            }
        }
        // de-DE/refund, fr/refund, templates/fr/refund: the last folder that is a locale tag.
        if let index = components.lastIndex(where: isLocale) {
            let locale = components.remove(at: index)
            return (canonical(locale), (components + [file]).joined(separator: "/"))
        }
        return nil
    }

    /// A BCP-47 tag with a language ICU has data for (`de`, `de-DE`, `pt_BR`, `zh-Hant-TW`), not any word.
    static func isLocale(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let language = parts.first, (2...3).contains(language.count),
            language.allSatisfy({ $0.isASCII && $0.isLowercase }),
            parts.dropFirst().allSatisfy({ part in
                (part.count == 2 && part.allSatisfy { $0.isASCII && $0.isUppercase })
                    || (part.count == 4 && part.first!.isUppercase) || (part.count == 3 && part.allSatisfy(\.isNumber))
            }),
            let id = try? ICU.LocaleID(tag: text)
        else { return false }
        return languages.contains(id.language)
    }

    private static func canonical(_ tag: String) -> String {
        (try? ICU.LocaleID(tag: tag).languageTag) ?? tag
    }

    private static let languages: Set<String> = Set(ICU.LocaleID.available().map(\.language))
}
