import Foundation
import TactfulTime
import Testing

/// Teams open 24/7, with and without closed dates: the clock answers at once instead of searching 50 years for a
/// closing that never comes.
@Suite struct AroundTheClockTests {
    /// Every weekday `00:00-24:00` in Berlin, plus `extra` lines (closed or open dates).
    func allWeek(_ extra: String = "", zone: String = "Europe/Berlin") throws -> BusinessClock {
        let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map { "  \($0): [\"00:00-24:00\"]" }
        return BusinessClock(
            schedule: try schedule("timezone: \(zone)\nhours:\n" + days.joined(separator: "\n") + "\n" + extra))
    }

    @Test func openAllWeekIsOpenNowAndNeverCloses() throws {
        let clock = try allWeek()
        let moment = try at("2026-03-09T03:17:00+01:00")
        #expect(try clock.isOpen(at: moment))
        #expect(try clock.nextOpen(at: moment) == moment)
        #expect(try clock.closing(after: moment) == nil)
        #expect(try clock.due(from: moment, target: 3600) == moment.addingTimeInterval(3600))
    }

    @Test func openAllWeekAcrossDSTNeverCloses() throws {
        let clock = try allWeek(zone: "America/New_York")
        for text in ["2026-03-08T01:59:59-05:00", "2026-03-08T03:00:00-04:00", "2026-11-01T01:30:00-05:00"] {
            #expect(try clock.isOpen(at: try at(text)))
            #expect(try clock.closing(after: try at(text)) == nil)
        }
    }

    @Test func aClosedDateIsTheOnlyGap() throws {
        let clock = try allWeek("closed: [2026-12-25]\n")
        let christmas = try at("2026-12-25T10:00:00+01:00")
        #expect(try !clock.isOpen(at: christmas))
        #expect(try show(try clock.nextOpen(at: christmas), "Europe/Berlin") == "2026-12-26T00:00:00+01:00")
        #expect(try clock.closing(after: christmas) == nil)
        // Before it, the team closes when the closed date starts; after it, never again.
        let before = try clock.closing(after: try at("2026-12-20T10:00:00+01:00"))
        #expect(try show(try #require(before), "Europe/Berlin") == "2026-12-25T00:00:00+01:00")
        #expect(try clock.closing(after: try at("2027-01-10T10:00:00+01:00")) == nil)
        #expect(try clock.closing(after: try at("2026-12-26T00:00:00+01:00")) == nil)
    }

    @Test func closedDatesInARowOpenAfterTheLast() throws {
        let clock = try allWeek("closed: [2026-12-24, 2026-12-25, 2026-12-26]\n")
        let moment = try at("2026-12-25T10:00:00+01:00")
        #expect(try show(try clock.nextOpen(at: moment), "Europe/Berlin") == "2026-12-27T00:00:00+01:00")
        // Across the new year, where the clock's yearly timelines meet.
        let newYear = try allWeek("closed: [2026-12-31, 2027-01-01]\n")
        let eve = try at("2026-12-31T23:30:00+01:00")
        #expect(try !newYear.isOpen(at: eve))
        #expect(try show(try newYear.nextOpen(at: eve), "Europe/Berlin") == "2027-01-02T00:00:00+01:00")
        #expect(try newYear.closing(after: try at("2027-01-02T00:00:00+01:00")) == nil)
    }

    @Test func aShortOpeningAheadIsAClosing() throws {
        let clock = try allWeek("open: {2026-12-24: [\"00:00-14:00\"]}\n")
        let closes = try clock.closing(after: try at("2026-12-20T10:00:00+01:00"))
        #expect(try show(try #require(closes), "Europe/Berlin") == "2026-12-24T14:00:00+01:00")
        #expect(try show(try clock.nextOpen(at: try #require(closes)), "Europe/Berlin") == "2026-12-25T00:00:00+01:00")
    }

    @Test func shiftsThatMeetAcrossMidnightNeverClose() throws {
        let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map {
            "  \($0): [\"08:00-20:00\", \"20:00-08:00\"]"
        }
        let clock = BusinessClock(
            schedule: try schedule("timezone: Asia/Tokyo\nhours:\n" + days.joined(separator: "\n") + "\n"))
        #expect(try clock.closing(after: try at("2026-05-03T02:00:00+09:00")) == nil)
        // One missing minute on Sundays is a closing.
        let gap = BusinessClock(
            schedule: try schedule(
                "timezone: Asia/Tokyo\nhours:\n" + days.dropLast().joined(separator: "\n")
                    + "\n  sun: [\"08:00-20:00\", \"20:00-07:59\"]\n"))
        let closes = try gap.closing(after: try at("2026-05-05T02:00:00+09:00"))
        #expect(try show(try #require(closes), "Asia/Tokyo") == "2026-05-11T07:59:00+09:00")
    }
}
