import Foundation
import TactfulICU

/// Converts dates of the Chinese (农历) and Korean (음력) lunisolar calendars to Gregorian dates.
///
/// Chinese dates come from Foundation's `Calendar(identifier: .chinese)`: system ICU 72's Chinese calendar puts
/// New Year 2027 and 2030 a day late (DESIGN.md). Korean dates come from ICU's `dangi` calendar, which reckons
/// new moons at Korea's meridian (Seollal 2027 is 7 February, a day after Chinese New Year). Both are checked
/// against python-holidays and the official calendars in the test suite.
struct LunisolarCalendar: Sendable {
    /// The calendar systems.
    enum System: String, Sendable {
        case chinese, korean
    }

    /// The Gregorian date of lunar `month`/`day` (not a leap month) in the lunar year that begins in Gregorian
    /// `year`; nil when that lunar month has no such day (a 29-day month asked for day 30).
    func date(_ system: System, year: Int, month: Int, day: Int) throws(TimeError) -> LocalDate? {
        switch system {
        case .chinese: try chinese(year: year, month: month, day: day)
        case .korean: try korean(year: year, month: month, day: day)
        }
    }

    private func chinese(year: Int, month: Int, day: Int) throws(TimeError) -> LocalDate? {
        var calendar = Calendar(identifier: .chinese)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        guard let june = LocalDate(year: year, month: 6, day: 1) else { return nil }
        let anchor = calendar.dateComponents([.era, .year], from: Self.midnight(june))
        var wanted = DateComponents(era: anchor.era, year: anchor.year, month: month, day: day)
        wanted.isLeapMonth = false
        guard let found = calendar.date(from: wanted) else {
            throw .calendarFailure("Foundation's Chinese calendar cannot convert \(month)/\(day) of \(year)")
        }
        let check = calendar.dateComponents([.month, .day], from: found)
        guard check.month == month, check.day == day, !(check.isLeapMonth ?? false) else { return nil }
        return LocalDate(dayNumber: Int((found.timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    private func korean(year: Int, month: Int, day: Int) throws(TimeError) -> LocalDate? {
        guard let june = LocalDate(year: year, month: 6, day: 1) else { return nil }
        do {
            let calendar = try ICU.Calendar(.dangi, timeZone: "UTC")
            let lunarYear = try calendar.fields(atMilliseconds: Self.midnight(june).timeIntervalSince1970 * 1000)
            let millis = try calendar.milliseconds(extendedYear: lunarYear.extendedYear, month: month, day: day)
            let found = try calendar.fields(atMilliseconds: millis)
            guard found.month == month, found.day == day, !found.isLeapMonth else { return nil }
            return LocalDate(dayNumber: Int((millis / 86_400_000).rounded(.down)))
        } catch {
            return nil
        }
    }

    private static func midnight(_ date: LocalDate) -> Date {
        Date(timeIntervalSince1970: Double(date.dayNumber) * 86_400)
    }
}
