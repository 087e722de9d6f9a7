import TactfulICU

/// Numeric dates that read differently across markets ("03/04/2026": 3 April in Europe, March 4 in the US).
/// The finding says how this customer will read it; the fixes spell out either reading with the month name,
/// formatted by ICU for the market.
enum DateCheck {
    private static let slashDate = RegexSource(#"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])"#, ignoresCase: false)

    static func findings(_ info: RuleInfo, _ context: LintContext) throws(LintError) -> [Finding] {
        let locale = context.market.locale
        guard context.document.presentASCII.contains(0x2F) else { return [] }
        let monthFirst = context.pool.fact("month-first|\(locale.identifier)") { () -> Bool in
            let pattern = (try? ICU.bestPattern(forSkeleton: "yMd", locale: locale)) ?? ""
            guard let month = pattern.firstIndex(of: "M"), let day = pattern.firstIndex(of: "d") else { return false }
            return month < day
        }
        return try FormatSupport.matches(slashDate, in: context).compactMap { range in
            let parts = context.document.string(range).split(separator: "/").compactMap { Int($0) }
            guard parts.count == 3, parts[0] <= 12, parts[1] <= 12, parts[0] != parts[1] else { return nil }
            let (year, first, second) = (parts[2], parts[0], parts[1])
            let readings = [(month: first, day: second), (month: second, day: first)]
            let spelled = readings.compactMap { spell(year: year, month: $0.month, day: $0.day, locale: locale, context.pool) }
            guard spelled.count == 2 else { return nil }
            let theirs = monthFirst ? spelled[0] : spelled[1]
            let message = context.uiLanguage == .zhHans
                ? "纯数字日期有歧义：这位客户会读作“\(theirs)”；请写出月份名称。"
                : "Numeric dates are read differently across markets: this customer will read it as “\(theirs)”; spell out the month."
            let fixes = spelled.map { Fix(replacement: $0, description: "Write “\($0)”", safe: false) }
            return context.finding(info, range, fixes: monthFirst ? fixes : fixes.reversed(), message: message)
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
