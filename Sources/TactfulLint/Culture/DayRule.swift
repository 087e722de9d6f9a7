import TactfulTime

/// The day a region keeps an occasion that is no public holiday and so has no calendar entry, as the sources state
/// it: a fixed day ("05-10", 10 May) or a weekday of a month ("2nd sun 05", the second Sunday of May; "last sun 05").
/// Written in `kept-on:` of `Glossaries/culture/occasions.yml`.
struct DayRule: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case fixed(day: Int)
        /// `nth` 1–4, or 0 for the last; `weekday` 1 (Sunday) – 7 (Saturday), as Foundation counts.
        case weekday(nth: Int, weekday: Int)
    }

    let month: Int
    let kind: Kind

    private static let weekdays = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
    private static let ordinals = ["last": 0, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4]

    /// A rule as written, or nil when it is neither form.
    init?(_ text: String) {
        let parts = text.split(separator: " ").map(String.init)
        if parts.count == 1 {
            let numbers = text.split(separator: "-").compactMap { Int($0) }
            guard numbers.count == 2, (1...12).contains(numbers[0]), (1...31).contains(numbers[1]) else { return nil }
            (month, kind) = (numbers[0], .fixed(day: numbers[1]))
        } else {
            guard parts.count == 3, let nth = Self.ordinals[parts[0]],
                let weekday = Self.weekdays.firstIndex(of: parts[1]), let month = Int(parts[2]),
                (1...12).contains(month)
            else { return nil }
            (self.month, kind) = (month, .weekday(nth: nth, weekday: weekday + 1))
        }
    }

    /// The rule's day in `year` (proleptic Gregorian), counted from the weekday of the month's first day: the first
    /// `weekday` falls within its first seven days, every later one a week on, the last in the month's last seven.
    /// (Asked for every mention of an occasion with `kept-on:` days; Foundation's calendar cost 60,000 instructions a
    /// rule and year.)
    func day(in year: Int) -> (month: Int, day: Int)? {
        switch kind {
        case .fixed(let day): return (month, day)
        case .weekday(let nth, let weekday):
            guard let first = LocalDate(year: year, month: month, day: 1) else { return nil }
            // 1970-01-01 was a Thursday (5, counting Sunday as 1).
            let firstWeekday = ((first.dayNumber + 4) % 7 + 7) % 7 + 1
            let firstMatch = 1 + (weekday - firstWeekday + 7) % 7
            let length = LocalDate.daysIn(month: month, year: year)
            let day = nth == 0 ? firstMatch + (length - firstMatch) / 7 * 7 : firstMatch + (nth - 1) * 7
            return day <= length ? (month, day) : nil
        }
    }
}
