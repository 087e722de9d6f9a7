import Foundation

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

    /// The rule's day in `year` (Gregorian).
    func day(in year: Int) -> (month: Int, day: Int)? {
        switch kind {
        case .fixed(let day): return (month, day)
        case .weekday(let nth, let weekday):
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            guard let first = calendar.date(from: DateComponents(year: year, month: month, day: 1)),
                let days = calendar.range(of: .day, in: .month, for: first)
            else { return nil }
            let matching = days.filter { day in
                calendar.component(.weekday, from: first.addingTimeInterval(Double(day - 1) * 86_400)) == weekday
            }
            let chosen = nth == 0 ? matching.last : matching.dropFirst(nth - 1).first
            return chosen.map { (month, $0) }
        }
    }
}
