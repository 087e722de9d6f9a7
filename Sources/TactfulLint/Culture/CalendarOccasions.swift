import Synchronization
import TactfulCalendarOccasions
import TactfulData
import TactfulTime

/// Occasions derived from the holiday calendars (`Glossaries/holidays/<REGION>.yml`): each distinctive holiday name,
/// in every language its calendar gives, is an occasion of the one region whose calendar has it
/// (``CalendarOccasionFinder`` gives the rules). The built-in calendars' occasions are found when the binary is
/// built (tactful-embed), and read here on first use. When a name is found, a holiday is still left out when another
/// calendar of the same language has a holiday on one of its days (Taiwan's 農曆除夕 is part of the mainland's 春节 from
/// 2025): the customers who read that language keep the day under another name.
enum CalendarOccasions {
    /// The occasions of the built-in calendars, found when the binary was built.
    static let builtIn: [Occasion] = CalendarOccasion.decode(BuiltInData.calendarOccasions).map(Occasion.init)

    /// True when another calendar of the same language has a holiday on a day of `english` of `region`'s calendar in
    /// `years` (Taiwan's 農曆除夕 is part of the mainland's 春节 from 2025): readers of that language keep the day under
    /// another name. Decided once per name, region and years: the answer reads every calendar of the language (12M
    /// instructions), and the built-in calendars never change.
    static func isKeptUnderAnotherName(_ english: String, of region: String, in years: ClosedRange<Int>) -> Bool {
        let key = NameInYears(english: english, region: region, years: years)
        if let known = keptUnderAnotherName.withLock({ $0[key] }) { return known }
        let kept = readKeptUnderAnotherName(english, of: region, in: years)
        keptUnderAnotherName.withLock { $0[key] = kept }
        return kept
    }

    /// ``isKeptUnderAnotherName(_:of:in:)`` answers already reached, by name, region and years.
    private static let keptUnderAnotherName = Mutex<[NameInYears: Bool]>([:])

    /// A calendar's holiday name in some years: the key of an ``isKeptUnderAnotherName(_:of:in:)`` answer.
    private struct NameInYears: Hashable {
        let english: String
        let region: String
        let years: ClosedRange<Int>
    }

    private static func readKeptUnderAnotherName(_ english: String, of region: String, in years: ClosedRange<Int>)
        -> Bool
    {
        guard let calendar = try? HolidayCalendar.builtIn(region) else { return false }
        let language = CalendarOccasionFinder.baseLanguage(calendar.language)
        let days = Set(
            years.flatMap { year in
                ((try? calendar.list(for: year).holidays) ?? []).filter { $0.names["en"] == english }.map(\.date)
            })
        return HolidayCalendar.builtInMarkets.contains { other in
            guard other != region, let calendar = try? HolidayCalendar.builtIn(other),
                CalendarOccasionFinder.baseLanguage(calendar.language) == language
            else { return false }
            return years.contains { year in
                ((try? calendar.list(for: year).holidays) ?? []).contains { !$0.observed && days.contains($0.date) }
            }
        }
    }
}

extension Occasion {
    /// An occasion of a calendar's holiday: named as in the calendar, kept by its region, no greetings; its source is
    /// the calendar file (which cites the statute and the names' catalogue).
    init(_ calendar: CalendarOccasion) {
        id = "calendar.\(calendar.region).\(calendar.english)"
        source = "Glossaries/holidays/\(calendar.region).yml"
        what = ["en": calendar.english, "zh-Hans": calendar.simplifiedChinese]
        holiday = [(calendar.region, calendar.english)]
        kept = [calendar.region]
        keptInMonth = [:]
        keptOn = [:]
        names = calendar.names.mapValues { [$0] }
        solemn = false
        greetings = [:]
        instead = [:]
    }
}
