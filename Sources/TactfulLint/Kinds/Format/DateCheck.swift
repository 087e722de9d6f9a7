import TactfulICU

/// Numeric dates written in another market's order or style. The customer reads a numeric date in their market's
/// order (CLDR's short date pattern): a date in that order and with that separator reads as expected and is left
/// alone; a date that only makes sense in another order ("12/15/2026" to a day-first market), a day–month date to a
/// year-first market, or an ambiguous date in another market's style ("05.12.2026" to a US customer) is reported.
/// The fixes spell out each possible reading with the month name, formatted by ICU for the market.
enum DateCheck {
    /// Starts with a digit so that ICU can skip to candidate positions; the character before is checked in Swift.
    private static let numericDate = RegexSource(#"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\d/]|\.\d)"#, ignoresCase: false)

    /// How a locale orders the fields of a numeric date, and the separator it writes.
    struct Convention: Sendable {
        enum Order: Sendable { case monthFirst, dayFirst, yearFirst }
        let order: Order
        let separator: Character
    }

    static func findings(_ info: RuleInfo, _ context: LintContext) throws(LintError) -> [Finding] {
        let present = context.document.presentASCII
        guard present.contains(0x2F) || present.contains(0x2E) || present.contains(0x2D) else { return [] }
        let locale = context.market.locale
        let convention = self.convention(locale, context.pool)
        let units = context.document.utf16
        return try FormatSupport.matches(numericDate, in: context).compactMap { range in
            // Part of a longer number or date ("112/12/2026", "2026.12.05"): not a day–month date.
            if range.lowerBound > 0, let before = Unicode.Scalar(units[range.lowerBound - 1]),
                before.properties.numericType != nil || "/.-".unicodeScalars.contains(before) { return nil }
            let text = context.document.string(range)
            let separator = text.first { !$0.isNumber } ?? "/"
            let parts = text.split(separator: separator).compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            let (first, second, year) = (parts[0], parts[1], parts[2])
            let monthFirstValid = first <= 12 && second <= 31 && first > 0 && second > 0
            let dayFirstValid = second <= 12 && first <= 31 && first > 0 && second > 0
            guard monthFirstValid || dayFirstValid else { return nil }
            let reported: Bool = switch convention.order {
            case .yearFirst: true
            case .monthFirst: !monthFirstValid || (dayFirstValid && first != second && separator != convention.separator)
            case .dayFirst: !dayFirstValid || (monthFirstValid && first != second && separator != convention.separator)
            }
            guard reported else { return nil }
            var readings: [(month: Int, day: Int)] = []
            if convention.order != .dayFirst, monthFirstValid { readings.append((first, second)) }
            if dayFirstValid { readings.append((second, first)) }
            if convention.order == .dayFirst, monthFirstValid { readings.append((first, second)) }
            let spelled = readings.compactMap { spell(year: year, month: $0.month, day: $0.day, locale: locale, context.pool) }
            guard let theirs = spelled.first else { return nil }
            let unambiguous = spelled.count == 1
            let message = context.uiLanguage == .zhHans
                ? (unambiguous ? "这个日期是按其他市场的顺序写的；请写作“\(theirs)”。" : "这个纯数字日期不是客户所在市场的写法，客户可能读作“\(theirs)”；请写出月份名称。")
                : (unambiguous
                    ? "This date is written in another market's order; write “\(theirs)”."
                    : "This numeric date is not in the customer's format and may be read as “\(theirs)”; spell out the month.")
            let fixes = spelled.map { Fix(replacement: $0, description: "Write “\($0)”", safe: false) }
            return context.finding(info, range, fixes: fixes, message: message)
        }
    }

    /// The order and separator of the locale's short numeric date (CLDR `yMd`).
    static func convention(_ locale: ICU.LocaleID, _ pool: ICUPool) -> Convention {
        pool.fact("date-convention|\(locale.identifier)") { () -> Convention in
            let pattern = (try? ICU.bestPattern(forSkeleton: "yMd", locale: locale)) ?? "M/d/y"
            let positions = ["y", "M", "d"].map { pattern.firstIndex(of: Character($0)) }
            let separator = pattern.first { "/.-".contains($0) } ?? "/"
            guard let year = positions[0], let month = positions[1], let day = positions[2] else {
                return Convention(order: .monthFirst, separator: separator)
            }
            let order: Convention.Order = year < month && year < day ? .yearFirst : month < day ? .monthFirst : .dayFirst
            return Convention(order: order, separator: separator)
        }
    }

    private static func spell(year: Int, month: Int, day: Int, locale: ICU.LocaleID, _ pool: ICUPool) -> String? {
        guard let calendar = try? ICU.Calendar(.gregorian, timeZone: "GMT"),
            let millis = try? calendar.milliseconds(extendedYear: year, month: month, day: day),
            let formatter = try? pool.dateFormatter("yMMMMd", locale, "GMT")
        else { return nil }
        return try? formatter.format(millisecondsSince1970: millis)
    }
}
