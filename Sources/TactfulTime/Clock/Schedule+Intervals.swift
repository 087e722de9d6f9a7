extension Schedule {
    /// The open intervals, as absolute instants, of the shifts that start on each local date of a year.
    ///
    /// Wall times resolve "compatibly" (``ZoneRules/instant(ofWall:)``), so across DST an interval lasts its real
    /// elapsed time, and an interval that collapses inside a gap (end not after start) is dropped.
    public func openIntervals(inYear year: Int) throws(TimeError) -> [(start: Double, end: Double)] {
        let daysOff = try holidays?.daysOff(in: year) ?? []
        let workdays = try holidays?.makeUpWorkdays(in: year) ?? []
        guard let first = LocalDate(year: year, month: 1, day: 1), let last = LocalDate(year: year, month: 12, day: 31)
        else { return [] }
        var intervals: [(start: Double, end: Double)] = []
        for dayNumber in first.dayNumber...last.dayNumber {
            let date = LocalDate(dayNumber: dayNumber)
            let hours = self.hours(
                on: date, isDayOff: daysOff.contains(date), isMakeUpWorkday: workdays.contains(date))
            for interval in hours {
                let start = zone.instant(of: date, secondsAfterMidnight: interval.start)
                let end = zone.instant(of: date, secondsAfterMidnight: interval.end)
                if end > start { intervals.append((start, end)) }
            }
        }
        return intervals
    }
}
