/// What a schedule needs from a holiday calendar: the dates of a year that close the team (public holidays,
/// observed and substitute days off) and the make-up working days that open it (China's 调休).
public protocol WorkingDayCalendar: Sendable {
    /// The market the calendar belongs to, e.g. `CN`.
    var market: String { get }
    /// The days off in a Gregorian year.
    func daysOff(in year: Int) throws(TimeError) -> Set<LocalDate>
    /// The make-up working days in a Gregorian year (days that would be weekend but are worked).
    func makeUpWorkdays(in year: Int) throws(TimeError) -> Set<LocalDate>
}
