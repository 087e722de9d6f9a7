import TactfulICU

/// Times written on the wrong clock for the market: "5pm" to a 24-hour market becomes "17:00" (safe fix, formatted by
/// ICU for the market). A 24-hour time is never reported: it reads unambiguously everywhere, and 12-hour markets use
/// it too ("23:59까지", timetables). Nor is "8am" in English: British and Australian government style guides write
/// times of day with am/pm although CLDR gives those regions a 24-hour clock (GOV.UK style guide, "Times": "5:30pm";
/// Australian Government Style Manual, "Times of day": "9 am").
enum ClockCheck {
    /// "pm" is bounded by ASCII letters, not `\b`: Japanese and Chinese write a particle right after it ("5PMまで").
    static let twelveHour = RegexSource(
        #"(?<![\d:])(1[0-2]|0?[1-9])(?::([0-5]\d))?\s?([ap])\.?\s?m(?![A-Za-z])"#, ignoresCase: true)

    static func findings(_ info: RuleInfo, _ context: LintContext) throws(LintError) -> [Finding] {
        let market = context.market
        guard market.uses24HourClock, market.locale.language != "en" else { return [] }
        guard mayHoldTwelveHour(context.document.utf16) else { return [] }
        return try FormatSupport.matches(twelveHour, in: context).compactMap { range in
            let text = context.document.string(range)
            guard let minutes = minutesSinceMidnight(text), let formatted = format(minutes, market.locale, context.pool)
            else { return nil }
            let message =
                context.uiLanguage == .zhHans
                ? "该市场使用24小时制；写作“\(formatted)”。"
                : "Customers in this market use the 24-hour clock: write “\(formatted)”."
            return context.finding(
                info, range, fixes: [Fix(replacement: formatted, description: "Use the market's clock", safe: true)],
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
