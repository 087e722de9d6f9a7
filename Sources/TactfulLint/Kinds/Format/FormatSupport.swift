import TactfulICU

/// Helpers the format checks share: running a built-in regex and the market's decimal separator.
enum FormatSupport {
    /// Matches of a built-in pattern.
    static func matches(_ source: RegexSource, in context: LintContext) throws(LintError) -> [Range<Int>] {
        do {
            return try context.pool.matches(source, in: context.document.utf16)
        } catch {
            throw LintError(description: "built-in pattern failed: \(error)")
        }
    }

    /// The decimal separator a locale writes (from ICU's formatting of 1.5).
    static func decimalSeparator(_ locale: ICU.LocaleID, _ pool: ICUPool) -> Character {
        pool.fact("decimal-separator|\(locale.identifier)") { () -> Character in
            let formatted = (try? pool.numberFormatter(".0", locale).format(1.5)) ?? "1.5"
            return formatted.first { !$0.isNumber } ?? "."
        }
    }
}
