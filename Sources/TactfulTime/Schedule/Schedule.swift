import TactfulMarkets

/// A team's working time: weekly opening hours in a time zone, with holidays, closed dates and special openings.
///
/// Which hours apply on a date, most specific first: an `open` entry; else nothing when the date is `closed`
/// or a day off of the holiday calendar; else the `workday` hours on a make-up working day; else the weekday's.
public struct Schedule: Sendable {
    /// The zone the hours are wall-clock times in.
    public var zone: ZoneRules
    /// Opening hours per weekday; a missing day is closed.
    public var weekly: [Weekday: [WallInterval]]
    /// The market calendar whose holidays close the team and whose make-up workdays open it.
    public var holidays: (any WorkingDayCalendar)?
    /// Hours on make-up workdays; nil means Monday's hours.
    public var makeUpWorkdayHours: [WallInterval]?
    /// Local dates closed all day.
    public var closed: Set<LocalDate>
    /// Dates open with these hours, overriding weekday, holidays and closed dates.
    public var open: [LocalDate: [WallInterval]]

    /// A schedule from its parts.
    public init(
        zone: ZoneRules, weekly: [Weekday: [WallInterval]], holidays: (any WorkingDayCalendar)? = nil,
        makeUpWorkdayHours: [WallInterval]? = nil, closed: Set<LocalDate> = [], open: [LocalDate: [WallInterval]] = [:]
    ) {
        self.zone = zone
        self.weekly = weekly
        self.holidays = holidays
        self.makeUpWorkdayHours = makeUpWorkdayHours
        self.closed = closed
        self.open = open
    }

    /// The hours that apply on a date, given whether the holiday calendar makes it a day off or a make-up workday.
    public func hours(on date: LocalDate, isDayOff: Bool, isMakeUpWorkday: Bool) -> [WallInterval] {
        if let special = open[date] { return special }
        if closed.contains(date) || isDayOff { return [] }
        if isMakeUpWorkday { return makeUpWorkdayHours ?? weekly[.mon] ?? [] }
        return weekly[date.weekday] ?? []
    }

    /// True when the schedule can never open: no weekly hours and no special openings.
    public var neverOpens: Bool {
        weekly.values.allSatisfy(\.isEmpty) && open.values.allSatisfy(\.isEmpty)
            && (holidays == nil || (makeUpWorkdayHours ?? []).isEmpty)
    }
}
