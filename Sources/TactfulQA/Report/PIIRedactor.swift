import Foundation
import TactfulLint

/// Masks customer PII in quoted text: card numbers and IBANs as the `pii` rule kind recognises them
/// (``PIIMasking``), e-mail addresses (the local part), and phone numbers (runs of 8–15 digits with the usual
/// separators, all digits but the last two). Names and postal addresses are not recognised and stay as written.
public enum PIIRedactor {
    private static let email = try? NSRegularExpression(
        pattern: #"[A-Za-z0-9._%+-]+(@[A-Za-z0-9.-]+\.[A-Za-z]{2,})"#)
    private static let phone = try? NSRegularExpression(
        pattern: #"(?<![\w•])\+?\d(?:[ ().-]{0,2}\d){7,14}(?![\w•])"#)

    /// `text` with the PII above masked with `•`.
    public static func masked(_ text: String) -> String {
        var result = PIIMasking.masked(text)
        guard result.contains(where: \.isNumber) || result.contains("@") else { return result }
        if let email, result.contains("@") {
            result = email.stringByReplacingMatches(
                in: result, range: NSRange(result.startIndex..., in: result), withTemplate: "•••$1")
        }
        guard let phone else { return result }
        let matches = phone.matches(in: result, range: NSRange(result.startIndex..., in: result))
        for match in matches.reversed() {
            guard let range = Range(match.range, in: result) else { continue }
            let digits = result[range].filter(\.isNumber).count
            var seen = 0
            let masked = result[range].map { character -> Character in
                guard character.isNumber else { return character }
                seen += 1
                return seen > digits - 2 ? character : "•"
            }
            result.replaceSubrange(range, with: String(masked))
        }
        return result
    }
}
