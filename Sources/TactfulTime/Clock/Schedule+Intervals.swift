import TactfulMarkets

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

extension Schedule {
    /// True when the team never closes from the start of local date `date` on: the weekly hours join into one
    /// unbroken run around the week, no holiday calendar applies, no closed date lies ahead, and every special
    /// opening ahead covers its whole day. Such a schedule has no closing instant to search for.
    ///
    /// Wall-time coverage is enough: instants resolve monotonically from wall times, so intervals that meet in
    /// wall time meet as instants too, also across DST.
    func isOpenAroundTheClock(from date: LocalDate) -> Bool {
        guard holidays == nil, !closed.contains(where: { $0 >= date && open[$0] == nil }),
            open.allSatisfy({ $0.key < date || Self.covers($0.value.map { ($0.start, $0.end) }, 86_400) })
        else { return false }
        // Each weekday's hours placed in one week, Sunday first, wrapping past Saturday midnight.
        let week = 7 * 86_400
        var runs: [(start: Int, end: Int)] = []
        for (index, day) in Weekday.allCases.enumerated() {
            for interval in weekly[day] ?? [] {
                let start = index * 86_400 + interval.start
                let end = index * 86_400 + interval.end
                runs.append((start, min(end, week)))
                if end > week { runs.append((0, end - week)) }
            }
        }
        return Self.covers(runs, week)
    }

    /// True when `runs` together cover [0, length) without a gap.
    private static func covers(_ runs: [(start: Int, end: Int)], _ length: Int) -> Bool {
        var reached = 0
        for run in runs.sorted(by: { $0.start < $1.start }) {
            guard run.start <= reached else { return false }
            reached = max(reached, run.end)
        }
        return reached >= length
    }
}
