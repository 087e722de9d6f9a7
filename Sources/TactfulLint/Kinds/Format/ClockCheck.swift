import TactfulICU

/// Times written on the wrong clock for the market: "5pm" to a 24-hour market becomes "17:00" (safe fix,
/// formatted by ICU for the market); "17:00" to a 12-hour market gets "5:00 PM" as a suggestion.
enum ClockCheck {
    private static let twelveHour = RegexSource(#"(?<![\d:])(1[0-2]|0?[1-9])(?::([0-5]\d))?\s?([ap])\.?\s?m\b"#, ignoresCase: true)
    private static let twentyFourHour = RegexSource(#"(?<![\d:.])(1[3-9]|2[0-3]):([0-5]\d)(?![\d:])"#, ignoresCase: true)

    static func findings(_ info: RuleInfo, _ context: LintContext) throws(LintError) -> [Finding] {
        let market = context.market
        let pattern = market.uses24HourClock ? twelveHour : twentyFourHour
        return try FormatSupport.matches(pattern, in: context).compactMap { range in
            let text = context.document.string(range)
            guard let minutes = minutesSinceMidnight(text), let formatted = format(minutes, market.locale, context.pool) else { return nil }
            let message = context.uiLanguage == .zhHans
                ? "该市场使用\(market.uses24HourClock ? "24" : "12")小时制；写作“\(formatted)”。"
                : "Customers in this market use the \(market.uses24HourClock ? "24" : "12")-hour clock: write “\(formatted)”."
            return context.finding(info, range, fixes: [Fix(replacement: formatted, description: "Use the market's clock", safe: true)],
                                   message: message)
        }
    }

    /// Minutes since midnight of "5pm", "5:30 p.m.", "12 AM" or "17:45".
    static func minutesSinceMidnight(_ text: String) -> Int? {
        let lowered = text.lowercased()
        let digits = lowered.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard let hour = digits.first else { return nil }
        let minute = digits.count > 1 ? digits[1] : 0
        if lowered.contains("a") || lowered.contains("p") {
            let base = hour % 12
            return (lowered.contains("p") ? base + 12 : base) * 60 + minute
        }
        return hour * 60 + minute
    }

    /// The time of day in the locale's own clock pattern (`jmm`), from a fixed UTC day.
    private static func format(_ minutes: Int, _ locale: ICU.LocaleID, _ pool: ICUPool) -> String? {
        let formatter = try? pool.dateFormatter("jmm", locale, "GMT")
        return try? formatter?.format(millisecondsSince1970: Double(minutes) * 60_000)
    }
}
