import TactfulICU

/// Helpers the format checks share: running a built-in regex and reading numbers as people write them.
enum FormatSupport {
    /// Matches of a built-in pattern.
    static func matches(_ source: RegexSource, in context: LintContext) throws(LintError) -> [Range<Int>] {
        do {
            return try context.pool.matches(source, in: context.document.utf16)
        } catch {
            throw LintError(description: "built-in pattern failed: \(error)")
        }
    }

    /// Reads "1,234.50", "1.234,50", "1 234,5", "49,99" or "49.99" as a decimal string ("1234.50").
    /// A lone separator followed by exactly three digits is read as grouping ("1,000"), otherwise as decimals.
    static func decimalString(_ written: String) -> String? {
        let cleaned = written.filter { !$0.isWhitespace && $0 != "'" && $0 != "’" && $0 != "\u{202F}" }
        guard let first = cleaned.first, first.isNumber, cleaned.last?.isNumber == true else { return nil }
        let separators = cleaned.enumerated().filter { $0.element == "." || $0.element == "," }
        guard let last = separators.last else { return cleaned }
        let decimals = cleaned.count - last.offset - 1
        let distinct = Set(separators.map(\.element))
        let lastIsDecimal = distinct.count == 2 || (separators.count == 1 && decimals != 3)
        var result = ""
        for (offset, character) in cleaned.enumerated() {
            if character.isNumber { result.append(character) } else if offset == last.offset && lastIsDecimal { result.append(".") }
        }
        return result
    }

    /// The decimal separator a locale writes (from ICU's formatting of 1.5).
    static func decimalSeparator(_ locale: ICU.LocaleID, _ pool: ICUPool) -> Character {
        pool.fact("decimal-separator|\(locale.identifier)") { () -> Character in
            let formatted = (try? pool.numberFormatter(".0", locale).format(1.5)) ?? "1.5"
            return formatted.first { !$0.isNumber } ?? "."
        }
    }
}
