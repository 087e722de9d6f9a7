import Foundation
import TactfulTime
import Testing

/// Properties of the business clock around every DST transition of 2026 in three zones, on schedules chosen to
/// put opening and closing times inside skipped and repeated hours, across midnight, and around the clock.
@Suite struct BusinessClockPropertyTests {
    static let zones = ["America/New_York", "Europe/Berlin", "Australia/Sydney"]
    static let weeklyHours = [
        #"["00:00-24:00"]"#, #"["09:00-12:00", "13:00-18:00"]"#, #"["22:00-06:00"]"#,
        #"["01:30-02:30", "02:45-03:15", "23:00-01:00"]"#, #"["02:00-03:00", "12:00-12:01"]"#,
    ]

    struct Case: CustomStringConvertible {
        let zone: String
        let hours: String
        var description: String { "\(zone) \(hours)" }
    }

    static let cases = zones.flatMap { zone in weeklyHours.map { Case(zone: zone, hours: $0) } }

    /// A clock whose every weekday has `hours`, and the 2026 transitions of its zone.
    func setUp(_ testCase: Case) throws -> (BusinessClock, [Double]) {
        let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map { "  \($0): \(testCase.hours)" }
        let yaml = "timezone: \(testCase.zone)\nhours:\n" + days.joined(separator: "\n") + "\n"
        let clock = BusinessClock(schedule: try schedule(yaml))
        var transitions: [Double] = []
        var cursor = try at("2026-01-01T00:00:00Z").timeIntervalSince1970
        let end = try at("2027-01-01T00:00:00Z").timeIntervalSince1970
        while let next = clock.schedule.zone.nextTransition(after: cursor), next < end {
            transitions.append(next)
            cursor = next
        }
        return (clock, transitions)
    }

    /// Starts spread over the three days around each transition, on whole minutes and at the transition itself.
    func starts(around transitions: [Double], using generator: inout SplitMix64) -> [Date] {
        transitions.flatMap { transition in
            [transition, transition - 1]
                + (0..<40).map { _ in
                    transition + Double(Int.random(in: -36 * 60...36 * 60, using: &generator) * 60)
                }
        }.map(Date.init(timeIntervalSince1970:))
    }

    @Test(arguments: cases) func dueAndElapsedAreInverse(_ testCase: Case) throws {
        let (clock, transitions) = try setUp(testCase)
        #expect(transitions.count == 2)
        var generator = SplitMix64(state: 2026)
        for from in starts(around: transitions, using: &generator) {
            let target = Double(Int.random(in: 1...48 * 60, using: &generator) * 60)
            let due = try clock.due(from: from, target: target)
            #expect(try clock.elapsed(from: from, to: due) == target, "from \(from) target \(target)")
            #expect(due > from)
        }
    }

    @Test(arguments: cases) func dueIsMonotonicInTheTarget(_ testCase: Case) throws {
        let (clock, transitions) = try setUp(testCase)
        var generator = SplitMix64(state: 7)
        for from in starts(around: transitions, using: &generator).prefix(40) {
            var previous = from
            for minutes in stride(from: 0, through: 30 * 60, by: 17) {
                let due = try clock.due(from: from, target: Double(minutes * 60))
                #expect(due >= previous, "from \(from) target \(minutes)m")
                previous = due
            }
        }
    }

    @Test(arguments: cases) func nextOpenIsNotEarlierAndIsOpen(_ testCase: Case) throws {
        let (clock, transitions) = try setUp(testCase)
        var generator = SplitMix64(state: 11)
        for moment in starts(around: transitions, using: &generator) {
            let next = try clock.nextOpen(at: moment)
            #expect(next >= moment)
            #expect(try clock.isOpen(at: next), "nextOpen(\(moment)) = \(next) is closed")
            #expect(try clock.isOpen(at: moment) == (next == moment))
            #expect(try clock.due(from: moment, target: 0) == next)
        }
    }
}

extension BusinessClockPropertyTests {
    @Test(arguments: cases) func closingEndsAnUnbrokenOpenRun(_ testCase: Case) throws {
        let (clock, transitions) = try setUp(testCase)
        var generator = SplitMix64(state: 13)
        let aroundTheClock = testCase.hours == #"["00:00-24:00"]"#
        for moment in starts(around: transitions, using: &generator) {
            let closes = try clock.closing(after: moment)
            guard try clock.isOpen(at: moment) else {
                #expect(closes == nil, "closed at \(moment) yet closing(after:) = \(String(describing: closes))")
                continue
            }
            guard let closes else {
                #expect(aroundTheClock, "open at \(moment) on \(testCase) but no closing found")
                continue
            }
            #expect(!aroundTheClock, "a team open around the clock closes at \(closes)")
            #expect(closes > moment)
            #expect(try !clock.isOpen(at: closes), "closing(after: \(moment)) = \(closes) is open")
            #expect(try clock.elapsed(from: moment, to: closes) == closes.timeIntervalSince(moment))
        }
    }
}
