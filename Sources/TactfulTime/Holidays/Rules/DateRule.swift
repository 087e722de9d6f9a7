import TactfulMarkets

/// One way of finding a holiday's (first) date in a Gregorian year. One kind per file; each is pure.
protocol DateRule: Sendable {
    /// The dates the rule gives in a Gregorian year (usually one; none or two for Hijri dates).
    func dates(in year: Int, context: RuleContext) throws(TimeError) -> [RuleDate]
}

/// A date found by a rule, and whether it is a computed estimate of an officially announced date.
struct RuleDate: Hashable, Sendable {
    /// The date.
    var date: LocalDate
    /// True when the official date may differ (moon sighting, a solar term close to midnight).
    var estimated: Bool
}

/// What rules may need besides the year: the market's zone (for solar terms) and lunisolar calendars.
struct RuleContext: Sendable {
    /// The zone whose local date decides astronomical holidays (Asia/Tokyo for Japan's equinoxes).
    let zone: ZoneRules
    /// Converts Chinese and Korean lunisolar dates.
    let lunisolar: LunisolarCalendar
}

/// A fixed month and day: `date: 12-25`.
struct FixedDateRule: DateRule {
    let month: Int, day: Int

    func dates(in year: Int, context: RuleContext) -> [RuleDate] {
        LocalDate(year: year, month: month, day: day).map { [RuleDate(date: $0, estimated: false)] } ?? []
    }
}

/// The nth (or, when negative, nth-from-last) weekday of a month: `nthWeekday: {month: 11, weekday: thu, nth: 4}`.
struct NthWeekdayRule: DateRule {
    let month: Int, weekday: Weekday, nth: Int

    func dates(in year: Int, context: RuleContext) -> [RuleDate] {
        guard let first = LocalDate(year: year, month: month, day: 1) else { return [] }
        let days = LocalDate.daysIn(month: month, year: year)
        let matching = (0..<days).map(first.adding(days:)).filter { $0.weekday == weekday }
        let index = nth > 0 ? nth - 1 : matching.count + nth
        return matching.indices.contains(index) ? [RuleDate(date: matching[index], estimated: false)] : []
    }
}

/// The first of some weekdays on or after (or on or before) a date: Sweden's Midsummer Day is the Saturday on or
/// after 20 June; Hong Kong's "first weekday after Christmas Day" the first of Monday–Friday on or after 26 December.
struct WeekdayNearDateRule: DateRule {
    let month: Int, day: Int, weekdays: Set<Weekday>, onOrAfter: Bool

    func dates(in year: Int, context: RuleContext) -> [RuleDate] {
        guard let anchor = LocalDate(year: year, month: month, day: day) else { return [] }
        let step = onOrAfter ? 1 : -1
        let date = (0..<7).map { anchor.adding(days: $0 * step) }.first { weekdays.contains($0.weekday) } ?? anchor
        return [RuleDate(date: date, estimated: false)]
    }
}
