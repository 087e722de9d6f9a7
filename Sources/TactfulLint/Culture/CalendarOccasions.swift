import TactfulData
import TactfulTime

/// Occasions derived from the holiday calendars (`Glossaries/holidays/<REGION>.yml`): each distinctive holiday name,
/// in every language its calendar gives, is an occasion of the one region whose calendar has it.
///
/// A holiday is left out, with all its names, when it is not one country's day:
/// - one of its names is a name in two or more calendars, or part of one ("Christmas Day"; "Mid-Autumn Festival",
///   which Hong Kong keeps as "The day following the Chinese Mid-Autumn Festival"; Eid al-Fitr). A day two countries
///   keep is kept in countries without a calendar here too (St Stephen's Day, the Immaculate Conception, Eid);
/// - another calendar of the same language has a holiday on one of its days (Taiwan's 農曆除夕 is part of the
///   mainland's 春节 from 2025): the customers who read that language keep the day under another name;
/// - its English name is a description in sentence case ("Temporary public holiday", "Local elections day");
/// - its English name is made only of holiday words (`Glossaries/culture/holiday-words.yml`: "National Day",
///   "Founding Day", "Revolution Day").
/// One name is left out when it is shorter than `shortest` characters, one word of a Latin-script language (Neujahr,
/// Ferragosto, Muharram: words a reply uses without naming the day off), or made only of its language's holiday words
/// ("Fête nationale"). Names come from the calendars of the years around `year`; substitute days are not names.
enum CalendarOccasions {
    /// Names shorter than this (in characters) are left out.
    static let shortest = 3

    /// The occasions of the built-in calendars, for the years around today.
    static let builtIn: [Occasion] = occasions(year: LintContext.today().year, holidayWords: HolidayWords.builtIn)

    /// The distinctive holiday names of the built-in calendars in `year - 1 ... year + 1`, one occasion per holiday.
    static func occasions(year: Int, holidayWords: HolidayWords) -> [Occasion] {
        let holidays = namedHolidays(years: (year - 1)...(year + 1))
        let shared = sharedNames(holidays)
        func isShared(_ name: String) -> Bool { shared.contains(fold(name)) }
        func isKeptInTheSameLanguage(_ holiday: NamedHoliday) -> Bool {
            holidays.contains {
                $0.region != holiday.region && $0.language == holiday.language
                    && !$0.days.isDisjoint(with: holiday.days)
            }
        }
        var occasions: [Occasion] = []
        for holiday in holidays {
            let (region, names) = (holiday.region, holiday.names)
            guard let english = names["en"], !holidayWords.isMadeOf(english, language: "en"), !isDescription(english),
                !names.values.contains(where: isShared), !isKeptInTheSameLanguage(holiday)
            else { continue }
            var kept: [String: [String]] = [:]
            for (language, name) in names where isDistinctive(name, language: language, holidayWords) {
                kept[language, default: []].append(name)
            }
            guard !kept.isEmpty else { continue }
            let what = ["en": english, "zh-Hans": names["zh-Hans"] ?? names["zh"] ?? english]
            occasions.append(
                Occasion(
                    calendarHoliday: "calendar.\(region).\(english)", what: what, holiday: [(region, english)],
                    kept: [region], names: kept))
        }
        return occasions
    }

    /// Long enough, more than one word in a Latin-script language, and not only holiday words.
    static func isDistinctive(_ name: String, language: String, _ holidayWords: HolidayWords) -> Bool {
        guard name.count >= shortest, !holidayWords.isMadeOf(name, language: language) else { return false }
        let latin = name.unicodeScalars.first.map { $0.properties.isAlphabetic && $0.value < 0x0250 } ?? false
        return !latin || name.contains(" ")
    }

    /// An English name whose words after the first are all lower-case ("Temporary public holiday").
    static func isDescription(_ english: String) -> Bool {
        let words = english.split(separator: " ")
        return words.count > 1 && words.dropFirst().allSatisfy { $0.first?.isLowercase ?? false }
    }

    /// The folded names that are, or are part of, names in two or more calendars. Compared as UTF-8 bytes: this runs
    /// once per process, over every pair of names.
    private static func sharedNames(_ holidays: [NamedHoliday]) -> Set<String> {
        var regionsByName: [String: Set<String>] = [:]
        for holiday in holidays {
            for name in holiday.names.values { regionsByName[fold(name), default: []].insert(holiday.region) }
        }
        let all = regionsByName.map { (bytes: Array($0.key.utf8), regions: $0.value) }
        var shared: Set<String> = []
        for (name, regions) in regionsByName {
            let needle = Array(name.utf8)
            var keepers = regions
            for other in all where other.bytes.count > needle.count && !other.regions.isSubset(of: keepers) {
                if contains(other.bytes, needle) { keepers.formUnion(other.regions) }
            }
            if keepers.count > 1 { shared.insert(name) }
        }
        return shared
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    private static func fold(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "’", with: "'")
    }

    /// One holiday of one calendar: its names, the calendar's language (without script) and the days it fell on.
    private struct NamedHoliday {
        let region: String
        let language: String
        let names: [String: String]
        var days: Set<LocalDate>
    }

    /// Each differently named, non-substitute holiday of every built-in calendar, once, in calendar order.
    private static func namedHolidays(years: ClosedRange<Int>) -> [NamedHoliday] {
        var result: [NamedHoliday] = []
        for region in HolidayCalendar.builtInMarkets {
            guard let calendar = try? HolidayCalendar.builtIn(region) else { continue }
            let language = String(calendar.language.prefix { $0 != "-" })
            var index: [[String: String]: Int] = [:]
            for year in years {
                for holiday in (try? calendar.list(for: year).holidays) ?? [] where !holiday.observed {
                    if let at = index[holiday.names] {
                        result[at].days.insert(holiday.date)
                    } else {
                        index[holiday.names] = result.count
                        result.append(
                            NamedHoliday(region: region, language: language, names: holiday.names, days: [holiday.date])
                        )
                    }
                }
            }
        }
        return result
    }
}

extension Occasion {
    /// An occasion of a calendar's holiday: named as in the calendar, kept by `kept`, no greetings.
    init(
        calendarHoliday id: String, what: [String: String], holiday: [(region: String, name: String)],
        kept: Set<String>, names: [String: [String]]
    ) {
        self.id = id
        self.what = what
        self.holiday = holiday
        self.kept = kept
        self.keptInMonth = [:]
        self.names = names
        self.solemn = false
        self.greetings = [:]
        self.instead = [:]
    }
}
