import Foundation
import TactfulTime
import Testing

@Suite struct BusinessClockTests {
    static let shenzhen = """
        timezone: Asia/Shanghai
        hours:
          mon: ["09:00-12:00", "13:00-18:00"]
          tue: ["09:00-18:00"]
          wed: ["09:00-18:00"]
          thu: ["09:00-18:00"]
          fri: ["09:00-18:00"]
          sat: []
        closed: [2026-10-01, 2026-10-02]
        open:
          2026-09-27: ["09:00-18:00"]
        """

    @Test func dueSkipsNightsWeekendsAndLunch() throws {
        let clock = BusinessClock(schedule: try schedule(Self.shenzhen))
        let due = try clock.due(from: try at("2026-03-06T16:00:00+08:00"), target: 8 * 3600)
        #expect(try show(due, "Asia/Shanghai") == "2026-03-09T16:00:00+08:00")
        let beforeOpening = try clock.due(from: try at("2026-03-09T07:00:00+08:00"), target: 4 * 3600)
        #expect(try show(beforeOpening, "Asia/Shanghai") == "2026-03-09T14:00:00+08:00")
    }

    @Test func aTargetReachedAtClosingIsDueAtTheClosingInstant() throws {
        let clock = BusinessClock(schedule: try schedule(Self.shenzhen))
        let due = try clock.due(from: try at("2026-03-09T09:00:00+08:00"), target: 3 * 3600)
        #expect(try show(due, "Asia/Shanghai") == "2026-03-09T12:00:00+08:00")
    }

    @Test func zeroTargetIsNowWhenOpenElseTheNextOpening() throws {
        let clock = BusinessClock(schedule: try schedule(Self.shenzhen))
        let open = try at("2026-03-09T10:00:00+08:00")
        #expect(try clock.due(from: open, target: 0) == open)
        let lunch = try clock.due(from: try at("2026-03-09T12:00:00+08:00"), target: 0)
        #expect(try show(lunch, "Asia/Shanghai") == "2026-03-09T13:00:00+08:00")
    }

    @Test func closedAndOpenDatesOverrideTheWeek() throws {
        let clock = BusinessClock(schedule: try schedule(Self.shenzhen))
        #expect(try !clock.isOpen(at: try at("2026-10-01T10:00:00+08:00")))
        let next = try clock.nextOpen(at: try at("2026-10-01T10:00:00+08:00"))
        #expect(try show(next, "Asia/Shanghai") == "2026-10-05T09:00:00+08:00")
        #expect(try clock.isOpen(at: try at("2026-09-27T10:00:00+08:00")))  // a Sunday opened by `open:`
        let sunday = try clock.closing(after: try at("2026-09-27T10:00:00+08:00"))
        #expect(try show(try #require(sunday), "Asia/Shanghai") == "2026-09-27T18:00:00+08:00")
    }

    @Test func elapsedCountsOnlyOpenSecondsInAHalfOpenRange() throws {
        let clock = BusinessClock(schedule: try schedule(Self.shenzhen))
        let seconds = try clock.elapsed(
            from: try at("2026-03-06T09:00:00+08:00"), to: try at("2026-03-10T09:00:00+08:00"))
        #expect(seconds == 17 * 3600)
        #expect(
            try clock.elapsed(from: try at("2026-03-10T09:00:00+08:00"), to: try at("2026-03-06T09:00:00+08:00")) == 0)
    }

    @Test func nightShiftsBelongToTheDayTheyStartOn() throws {
        let night = try schedule(
            """
            timezone: Europe/Berlin
            hours:
              mon: ["22:00-06:00"]
              tue: ["22:00-06:00"]
            closed: [2026-06-09]
            """)
        let clock = BusinessClock(schedule: night)
        // Closing Tuesday removes Tuesday night's shift, not the tail of Monday night's.
        #expect(try clock.isOpen(at: try at("2026-06-09T05:00:00+02:00")))
        #expect(try !clock.isOpen(at: try at("2026-06-09T23:00:00+02:00")))
        let due = try clock.due(from: try at("2026-06-08T12:00:00+02:00"), target: 8 * 3600)
        #expect(try show(due, "Europe/Berlin") == "2026-06-09T06:00:00+02:00")
    }

    @Test func wholeDaysMeetAcrossMidnight() throws {
        let allWeek = try schedule(
            """
            timezone: Europe/Berlin
            hours: {mon: ["00:00-24:00"], tue: ["00:00-24:00"]}
            """)
        let clock = BusinessClock(schedule: allWeek)
        let closes = try clock.closing(after: try at("2026-06-08T12:00:00+02:00"))
        #expect(try show(try #require(closes), "Europe/Berlin") == "2026-06-10T00:00:00+02:00")
    }

    @Test func intervalsAcrossDSTLastTheirRealElapsedTime() throws {
        let newYork = try schedule(
            """
            timezone: America/New_York
            hours: {sun: ["00:00-24:00"]}
            """)
        let clock = BusinessClock(schedule: newYork)
        let spring = try clock.elapsed(
            from: try at("2026-03-08T00:00:00-05:00"), to: try at("2026-03-09T00:00:00-04:00"))
        #expect(spring == 23 * 3600)
        let autumn = try clock.elapsed(
            from: try at("2026-11-01T00:00:00-04:00"), to: try at("2026-11-02T00:00:00-05:00"))
        #expect(autumn == 25 * 3600)
    }

    @Test func gapWallTimesShiftAndCollapsedIntervalsAreEmpty() throws {
        let gap = try schedule(
            """
            timezone: America/New_York
            hours: {sun: ["02:30-04:00"]}
            open: {2026-03-15: ["02:00-03:00"]}
            """)
        let clock = BusinessClock(schedule: gap)
        // 02:30 does not exist on 2026-03-08: the shift starts at 03:30 EDT and lasts 30 minutes.
        let opening = try clock.nextOpen(at: try at("2026-03-08T00:00:00-05:00"))
        #expect(try show(opening, "America/New_York") == "2026-03-08T03:30:00-04:00")
        #expect(try clock.elapsed(from: opening, to: try at("2026-03-08T12:00:00-04:00")) == 1800)
        // `open:` replaces Sunday's hours on 2026-03-15, where 02:00-03:00 is an ordinary hour.
        #expect(
            try clock.elapsed(from: try at("2026-03-15T00:00:00-04:00"), to: try at("2026-03-16T00:00:00-04:00"))
                == 3600)
        let collapsed = try schedule(
            """
            timezone: America/New_York
            hours: {sun: ["02:00-03:00", "12:00-13:00"]}
            """)
        let dstDay = BusinessClock(schedule: collapsed)
        #expect(
            try dstDay.elapsed(from: try at("2026-03-08T00:00:00-05:00"), to: try at("2026-03-09T00:00:00-04:00"))
                == 3600)
    }

    @Test func aScheduleThatNeverOpensFailsInsteadOfHanging() throws {
        let closed = BusinessClock(schedule: try schedule("timezone: UTC\nhours: {}\n"))
        #expect(throws: TimeError.self) { try closed.due(from: try at("2026-01-01T00:00:00Z"), target: 60) }
        #expect(throws: TimeError.self) { try closed.nextOpen(at: try at("2026-01-01T00:00:00Z")) }
    }

    @Test func dueReachesAcrossYearBoundaries() throws {
        let clock = BusinessClock(schedule: try schedule(Self.shenzhen))
        let due = try clock.due(from: try at("2026-12-31T17:00:00+08:00"), target: 2 * 3600)
        #expect(try show(due, "Asia/Shanghai") == "2027-01-01T10:00:00+08:00")
        let far = try clock.due(from: try at("2026-01-01T00:00:00Z"), target: 3000 * 3600)
        #expect(try clock.elapsed(from: try at("2026-01-01T00:00:00Z"), to: far) == 3000 * 3600)
    }
}

@Suite struct HolidayScheduleTests {
    static let shenzhen = """
        timezone: Asia/Shanghai
        hours:
          mon: ["09:00-12:00", "13:00-18:00"]
          tue: ["09:00-18:00"]
          wed: ["09:00-18:00"]
          thu: ["09:00-18:00"]
          fri: ["09:00-18:00"]
          sat: []
        holidays: CN
        workday: ["10:00-16:00"]
        open:
          2026-10-03: ["09:00-12:00"]
        """

    @Test func holidaysCloseAndMakeUpWorkdaysOpen() throws {
        let clock = BusinessClock(schedule: try Schedule(yaml: Self.shenzhen, path: "team.yml"))
        #expect(try !clock.isOpen(at: try at("2026-10-01T10:00:00+08:00")))  // National Day
        #expect(try !clock.isOpen(at: try at("2026-10-07T10:00:00+08:00")))  // bridging day off (调休)
        #expect(try clock.isOpen(at: try at("2026-10-03T10:00:00+08:00")))  // opened by `open:`
        // Sunday 2026-09-20 is a make-up working day, on the `workday:` hours.
        #expect(try clock.isOpen(at: try at("2026-09-20T10:00:00+08:00")))
        #expect(try !clock.isOpen(at: try at("2026-09-20T09:30:00+08:00")))
        let due = try clock.due(from: try at("2026-09-30T17:00:00+08:00"), target: 2 * 3600)
        #expect(try show(due, "Asia/Shanghai") == "2026-10-03T10:00:00+08:00")
    }

    @Test func unknownHolidayMarketsAreReportedWhereTheyAre() {
        let yaml = "timezone: UTC\nhours: {}\nholidays: XX\n"
        #expect(throws: TimeError.self) { try Schedule(yaml: yaml, path: "team.yml") }
        do {
            _ = try Schedule(yaml: yaml, path: "team.yml")
        } catch {
            #expect(error.description.hasPrefix("team.yml:3:11: error: no holiday calendar for market 'XX'"))
        }
    }
}

@Suite struct BusinessClockConcurrencyTests {
    @Test func concurrentQueriesFarApartAgreeWithASingleThread() throws {
        let yaml = "timezone: Europe/Berlin\nhours: {mon: [\"09:00-17:00\"], wed: [\"22:00-06:00\"]}\n"
        let shared = BusinessClock(schedule: try schedule(yaml))
        let starts = (0..<64).map {
            Date(timeIntervalSince1970: Double($0 % 4) * 20 * 365 * 86_400 + Double($0) * 7_777)
        }
        let expected = try starts.map {
            try BusinessClock(schedule: try schedule(yaml)).due(from: $0, target: 400 * 3600)
        }
        let results = LockedResults(count: starts.count)
        DispatchQueue.concurrentPerform(iterations: starts.count) { index in
            results.set(index, try? shared.due(from: starts[index], target: 400 * 3600))
        }
        #expect(results.values == expected.map(Optional.some))
    }
}

/// Results written from many threads.
final class LockedResults: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Date?]
    init(count: Int) { stored = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Date?) { lock.withLock { stored[index] = value } }
    var values: [Date?] { lock.withLock { stored } }
}
