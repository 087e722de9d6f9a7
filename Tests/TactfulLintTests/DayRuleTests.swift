import Foundation
import Testing

@testable import TactfulLint

/// `DayRule.day(in:)`, counted from the month's first weekday, against Foundation's Gregorian calendar it replaces.
@Suite struct DayRuleTests {
    @Test func weekdayRulesAgreeWithFoundationsCalendar() throws {
        let ordinals = ["last", "1st", "2nd", "3rd", "4th"]
        let weekdays = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
        for ordinal in ordinals {
            for weekday in weekdays {
                for month in 1...12 {
                    let rule = try #require(DayRule("\(ordinal) \(weekday) \(month < 10 ? "0" : "")\(month)"))
                    // Forty-one years: every weekday a month can start on, in leap years and others.
                    for year in 2000...2040 {
                        let day = rule.day(in: year)
                        let expected = Self.foundationDay(rule, in: year)
                        #expect(day?.month == expected?.month && day?.day == expected?.day, "\(rule) \(year)")
                    }
                }
            }
        }
    }

    /// The day as Foundation's calendar counts it: the month's days with the rule's weekday, the nth or the last.
    private static func foundationDay(_ rule: DayRule, in year: Int) -> (month: Int, day: Int)? {
        guard case .weekday(let nth, let weekday) = rule.kind else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let first = calendar.date(from: DateComponents(year: year, month: rule.month, day: 1)),
            let days = calendar.range(of: .day, in: .month, for: first)
        else { return nil }
        let matching = days.filter { day in
            calendar.component(.weekday, from: first.addingTimeInterval(Double(day - 1) * 86_400)) == weekday
        }
        let chosen = nth == 0 ? matching.last : matching.dropFirst(nth - 1).first
        return chosen.map { (rule.month, $0) }
    }
}
