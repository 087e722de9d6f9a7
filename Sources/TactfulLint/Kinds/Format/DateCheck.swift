import TactfulICU

/// Numeric dates that read differently across markets ("03/04/2026": 3 April in Europe, March 4 in the US).
/// The finding says how this customer will read it; the fixes spell out either reading with the month name,
/// formatted by ICU for the market.
enum DateCheck {
    private static let slashDate = #"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])"#

    static func findings(_ info: RuleInfo, _ context: LintContext) throws(LintError) -> [Finding] {
        let locale = context.market.locale
        let monthFirst = ((try? ICU.bestPattern(forSkeleton: "yMd", locale: locale)) ?? "").firstIndex(of: "M")
            .map { index in
                let pattern = (try? ICU.bestPattern(forSkeleton: "yMd", locale: locale)) ?? ""
                return pattern.firstIndex(of: "d").map { index < $0 } ?? false
            } ?? false
        return try FormatSupport.matches(slashDate, in: context).compactMap { range in
            let parts = context.document.string(range).split(separator: "/").compactMap { Int($0) }
            guard parts.count == 3, parts[0] <= 12, parts[1] <= 12, parts[0] != parts[1] else { return nil }
            let (year, first, second) = (parts[2], parts[0], parts[1])
            let readings = [(month: first, day: second), (month: second, day: first)]
            let spelled = readings.compactMap { spell(year: year, month: $0.month, day: $0.day, locale: locale) }
            guard spelled.count == 2 else { return nil }
            let theirs = monthFirst ? spelled[0] : spelled[1]
            let message = context.uiLanguage == .zhHans
                ? "纯数字日期有歧义：这位客户会读作“\(theirs)”；请写出月份名称。"
                : "Numeric dates are read differently across markets: this customer will read it as “\(theirs)”; spell out the month."
            let fixes = spelled.map { Fix(replacement: $0, description: "Write “\($0)”", safe: false) }
            return context.finding(info, range, fixes: monthFirst ? fixes : fixes.reversed(), message: message)
        }
    }

    private static func spell(year: Int, month: Int, day: Int, locale: ICU.LocaleID) -> String? {
        guard let calendar = try? ICU.Calendar(.gregorian, timeZone: "GMT"),
            let millis = try? calendar.milliseconds(extendedYear: year, month: month, day: day),
            let formatter = try? ICU.DateFormatter(skeleton: "yMMMMd", locale: locale, timeZone: "GMT")
        else { return nil }
        return try? formatter.format(millisecondsSince1970: millis)
    }
}
