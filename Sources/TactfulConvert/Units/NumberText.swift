import Foundation

/// Reads numbers the way people write them in different markets: `1.5`, `1,5`, `1,234.50`, `1.234,50`, `1 234,5`.
///
/// Separator rule: with both `.` and `,`, the last one is the decimal separator. With only commas, a comma
/// followed by exactly three digits (once or repeated: `1,500`, `1,234,567`) groups thousands, any other comma
/// is a decimal comma (`1,5`). With only dots, several dots group thousands (`1.234.567`), one dot is decimal.
/// So `1,500` reads as fifteen hundred: write `1,50` or `1.5` for one and a half.
public enum NumberText {
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// Characters that can appear inside a written number (digits, separators, spaces that group digits).
    static func isNumberCharacter(_ character: Character) -> Bool {
        character.isASCII && character.isNumber || character == "." || character == ","
    }

    /// Parses a written number, or returns nil when it is not one.
    public static func parse(_ written: String) -> Decimal? {
        var text = written.filter { $0 != " " && $0 != "\u{a0}" && $0 != "\u{202f}" && $0 != "’" && $0 != "'" }
        var negative = false
        if let sign = text.first, sign == "-" || sign == "−" || sign == "+" {
            negative = sign != "+"
            text.removeFirst()
        }
        guard let first = text.first, first.isASCII, first.isNumber || first == "." || first == ",",
            text.allSatisfy(isNumberCharacter), text.contains(where: \.isNumber)
        else { return nil }
        guard let normalized = normalize(text), let value = Decimal(string: normalized, locale: posix) else {
            return nil
        }
        return negative ? -value : value
    }

    /// Rewrites grouping and decimal separators into a plain `1234.5`.
    private static func normalize(_ text: String) -> String? {
        let dots = text.filter { $0 == "." }.count
        let commas = text.filter { $0 == "," }.count
        if dots > 0 && commas > 0 {
            guard let lastDot = text.lastIndex(of: "."), let lastComma = text.lastIndex(of: ",") else { return nil }
            let decimal: Character = lastDot > lastComma ? "." : ","
            let grouping: Character = decimal == "." ? "," : "."
            guard text.filter({ $0 == decimal }).count == 1 else { return nil }
            return String(text.filter { $0 != grouping }.map { $0 == "," ? "." : $0 })
        }
        if commas > 0 {
            if groupsThousands(text, by: ",") { return text.filter { $0 != "," } }
            return commas == 1 ? text.replacingOccurrences(of: ",", with: ".") : nil
        }
        if dots > 1 { return groupsThousands(text, by: ".") ? text.filter { $0 != "." } : nil }
        return text
    }

    /// True when `separator` splits `text` into a 1–3 digit head and 3-digit groups (`1,234,567`).
    private static func groupsThousands(_ text: String, by separator: Character) -> Bool {
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard let head = parts.first, (1...3).contains(head.count) else { return false }
        return parts.dropFirst().allSatisfy { $0.count == 3 }
    }
}
