import Foundation

/// Business time on a ``Schedule``: when a reply is due, how much open time has passed, when the team next opens.
///
/// Open intervals are expanded per local year into absolute instants with running totals and cached, so each
/// query after the first in a year is a binary search. The cache is guarded by a lock, which is why the class is
/// `Sendable`; the schedule itself is immutable.
public final class BusinessClock: @unchecked Sendable {
    /// The schedule the clock runs on.
    public let schedule: Schedule
    /// How many years past the start a search may look before giving up (a schedule that never opens).
    public let horizonYears: Int
    private let lock = NSLock()
    private var timeline = OpenTimeline()
    private var yearIntervals: [Int: [(start: Double, end: Double)]] = [:]

    /// A clock on `schedule` that searches at most `horizonYears` ahead.
    public init(schedule: Schedule, horizonYears: Int = 50) {
        self.schedule = schedule
        self.horizonYears = horizonYears
    }

    /// True when the team is open at `instant`.
    public func isOpen(at instant: Date) throws(TimeError) -> Bool {
        try timeline(covering: instant.timeIntervalSince1970).isOpen(at: instant.timeIntervalSince1970)
    }

    /// `instant` itself when open, else the next opening.
    public func nextOpen(at instant: Date) throws(TimeError) -> Date {
        let start = instant.timeIntervalSince1970
        return Date(timeIntervalSince1970: try search(from: start) { $0.nextOpen(at: start) })
    }

    /// When the open interval containing `instant` closes; nil when the team is closed at `instant`, and nil when
    /// it never closes after `instant` (open around the clock with no closed date ahead).
    public func closing(after instant: Date) throws(TimeError) -> Date? {
        let start = instant.timeIntervalSince1970
        guard try timeline(covering: start).isOpen(at: start),
            !schedule.isOpenAroundTheClock(from: schedule.zone.localDate(at: start))
        else { return nil }
        let end = try search(from: start) { timeline in
            timeline.closing(after: start).flatMap { timeline.covers($0) ? $0 : nil }
        }
        return Date(timeIntervalSince1970: end)
    }

    /// Open seconds in [from, to); zero when `to` is not after `from`.
    public func elapsed(from: Date, to: Date) throws(TimeError) -> TimeInterval {
        let start = from.timeIntervalSince1970
        let end = to.timeIntervalSince1970
        guard end > start else { return 0 }
        let timeline = try timeline(covering: start, end)
        return timeline.openTime(before: end) - timeline.openTime(before: start)
    }

    /// The earliest instant at which open time accumulated since `from` reaches `target` seconds.
    ///
    /// Outside hours the clock starts at the next opening; a zero target gives `from` when open, else the next
    /// opening; a target reached exactly at a closing time is due at that closing instant.
    public func due(from: Date, target: TimeInterval) throws(TimeError) -> Date {
        guard target >= 0, target.isFinite else { throw .malformedDuration("\(target)s") }
        guard target > 0 else { return try nextOpen(at: from) }
        let start = from.timeIntervalSince1970
        return Date(timeIntervalSince1970: try search(from: start) { $0.due(from: start, target: target) })
    }

    /// Runs `query` on timelines covering `start` and ever later years until it answers or the horizon passes.
    private func search(from start: Double, _ query: (OpenTimeline) -> Double?) throws(TimeError) -> Double {
        var current = try timeline(covering: start)
        while true {
            if let answer = query(current) { return answer }
            let limit = schedule.zone.localDate(at: start).year + horizonYears
            guard !schedule.neverOpens else { throw .unreachable("the schedule never opens (no hours on any day)") }
            guard let last = current.years?.upperBound, last < limit else {
                throw .unreachable("not reached within \(horizonYears) years of the start on this schedule")
            }
            current = try extended(covering: start, through: last + 1)
        }
    }

    /// A timeline covering every given instant, built or widened under the lock when needed.
    private func timeline(covering start: Double, _ end: Double? = nil) throws(TimeError) -> OpenTimeline {
        lock.lock()
        defer { lock.unlock() }
        if timeline.covers(start) && (end.map(timeline.covers) ?? true) { return timeline }
        var first = schedule.zone.localDate(at: start).year - 1
        var last = schedule.zone.localDate(at: end ?? start).year + 1
        if let current = timeline.years, current.lowerBound - first <= 10, last - current.upperBound <= 10 {
            first = min(first, current.lowerBound)
            last = max(last, current.upperBound)
        }
        guard last - first <= horizonYears + 2 else {
            throw .unreachable("the span is longer than the clock's horizon of \(horizonYears) years")
        }
        timeline = try build(years: first...last)
        return timeline
    }

    /// A timeline covering `start` and ending no earlier than with `year` (another thread may have moved the
    /// shared one elsewhere meanwhile).
    private func extended(covering start: Double, through year: Int) throws(TimeError) -> OpenTimeline {
        lock.lock()
        defer { lock.unlock() }
        let first: Int
        if timeline.covers(start), let current = timeline.years {
            if current.upperBound >= year { return timeline }
            first = current.lowerBound
        } else {
            first = schedule.zone.localDate(at: start).year - 1
        }
        timeline = try build(years: first...max(first, year))
        return timeline
    }

    /// Builds a timeline for local years, reusing each year's cached intervals. Call with the lock held.
    private func build(years: ClosedRange<Int>) throws(TimeError) -> OpenTimeline {
        var intervals: [(start: Double, end: Double)] = []
        for year in years {
            if yearIntervals[year] == nil { yearIntervals[year] = try schedule.openIntervals(inYear: year) }
            intervals += yearIntervals[year] ?? []
        }
        let zone = schedule.zone
        let from = LocalDate(year: years.lowerBound, month: 1, day: 2).map {
            zone.instant(of: $0, secondsAfterMidnight: 0)
        }
        let until = LocalDate(year: years.upperBound + 1, month: 1, day: 1).map {
            zone.instant(of: $0, secondsAfterMidnight: 0)
        }
        return OpenTimeline(
            intervals: intervals, years: years, coveredFrom: from ?? .infinity, coveredUntil: until ?? -.infinity)
    }
}
