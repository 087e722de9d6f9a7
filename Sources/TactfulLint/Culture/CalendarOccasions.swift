import Synchronization
import TactfulCalendarOccasions
import TactfulData
import TactfulTime

/// Occasions derived from the holiday calendars (`Glossaries/holidays/<REGION>.yml`): each distinctive holiday name,
/// in every language its calendar gives, is an occasion of the one region whose calendar has it
/// (``CalendarOccasionFinder`` gives the rules). The built-in calendars' occasions are found when the binary is
/// built (tactful-embed), and read here on first use. When a name is found, a holiday is still left out when the
/// customer's calendar has a holiday on one of its days (Taiwan's 農曆除夕 is part of the mainland's 春节 from 2025):
/// the customer keeps the day under another name.
enum CalendarOccasions {
    /// The occasions of the built-in calendars, found when the binary was built.
    static let builtIn: [Occasion] = CalendarOccasion.decode(BuiltInData.calendarOccasions).map(Occasion.init)

    /// True when the customer's region keeps a day of `english` of `region`'s calendar under another name (Taiwan's
    /// 農曆除夕 is part of the mainland's 春节 from 2025): its calendar has a holiday on one of those days. A customer
    /// whose region has no calendar is judged by the calendars of the holiday's language: the readers of that language
    /// keep the day under another name when one of them does. Decided once per name, region, customer and years: the
    /// answer reads calendars (12M instructions), and the built-in calendars never change.
    static func isKeptUnderAnotherName(
        _ english: String, of region: String, by customer: String, in years: ClosedRange<Int>
    ) -> Bool {
        let key = NameInYears(english: english, region: region, customer: customer, years: years)
        if let known = keptUnderAnotherName.withLock({ $0[key] }) { return known }
        let kept = readKeptUnderAnotherName(english, of: region, by: customer, in: years)
        keptUnderAnotherName.withLock { $0[key] = kept }
        return kept
    }

    /// ``isKeptUnderAnotherName(_:of:by:in:)`` answers already reached, by name, region, customer and years.
    private static let keptUnderAnotherName = Mutex<[NameInYears: Bool]>([:])

    /// A calendar's holiday name in some years, to a customer: the key of an answer.
    private struct NameInYears: Hashable {
        let english: String
        let region: String
        let customer: String
        let years: ClosedRange<Int>
    }

    private static func readKeptUnderAnotherName(
        _ english: String, of region: String, by customer: String, in years: ClosedRange<Int>
    ) -> Bool {
        guard let calendar = try? HolidayCalendar.builtIn(region) else { return false }
        let language = CalendarOccasionFinder.baseLanguage(calendar.language)
        let days = Set(
            years.flatMap { year in
                ((try? calendar.list(for: year).holidays) ?? []).filter { $0.names["en"] == english }.map(\.date)
            })
        let judges =
            HolidayCalendar.builtInMarkets.contains(customer)
            ? [customer]
            : HolidayCalendar.builtInMarkets.filter { other in
                other != region
                    && (try? HolidayCalendar.builtIn(other)).map {
                        CalendarOccasionFinder.baseLanguage($0.language) == language
                    } == true
            }
        return judges.contains { other in
            guard let calendar = try? HolidayCalendar.builtIn(other) else { return false }
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
