import Foundation
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
/// ("Fête nationale"). Names are those the calendars define: substitute days and one-off dated changes are not names.
enum CalendarOccasions {
    /// Names shorter than this (in characters) are left out.
    static let shortest = 3

    /// The occasions of the built-in calendars.
    static let builtIn: [Occasion] = occasions(holidayWords: HolidayWords.builtIn)

    /// The distinctive holidays of the built-in calendars as they define them (the dates are not expanded here: that
    /// is left to `isKeptUnderAnotherName`, when a name is found), one occasion per holiday.
    static func occasions(holidayWords: HolidayWords) -> [Occasion] {
        let holidays = definedHolidays()
        let shared = sharedNames(holidays)
        func isShared(_ name: String) -> Bool { shared.contains(fold(name)) }
        var occasions: [Occasion] = []
        var seen: Set<String> = []
        for (region, names) in holidays {
            guard let english = names["en"], seen.insert(region + "|" + english).inserted,
                !holidayWords.isMadeOf(english, language: "en"), !isDescription(english),
                !names.values.contains(where: isShared)
            else { continue }
            var kept: [String: [String]] = [:]
            for (language, name) in names where isDistinctive(name, language: language, holidayWords) {
                kept[language, default: []].append(name)
            }
            guard !kept.isEmpty else { continue }
            let what = ["en": english, "zh-Hans": names["zh-Hans"] ?? names["zh"] ?? english]
            occasions.append(
                Occasion(
                    calendarHoliday: "calendar.\(region).\(english)", source: "Glossaries/holidays/\(region).yml",
                    what: what, holiday: [(region, english)],
                    kept: [region], names: kept))
        }
        return occasions
    }

    /// True when another calendar of the same language has a holiday on a day of `english` of `region`'s calendar in
    /// `years` (Taiwan's 農曆除夕 is part of the mainland's 春节 from 2025): readers of that language keep the day under
    /// another name. The calendars cache their years, so this costs little after the first name found.
    static func isKeptUnderAnotherName(_ english: String, of region: String, in years: ClosedRange<Int>) -> Bool {
        guard let calendar = try? HolidayCalendar.builtIn(region) else { return false }
        let language = baseLanguage(calendar.language)
        let days = Set(
            years.flatMap { year in
                ((try? calendar.list(for: year).holidays) ?? []).filter { $0.names["en"] == english }.map(\.date)
            })
        return HolidayCalendar.builtInMarkets.contains { other in
            guard other != region, let calendar = try? HolidayCalendar.builtIn(other),
                baseLanguage(calendar.language) == language
            else { return false }
            return years.contains { year in
                ((try? calendar.list(for: year).holidays) ?? []).contains { !$0.observed && days.contains($0.date) }
            }
        }
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

    /// The folded names that are, or are part of, names in two or more calendars. Each name is looked for in each
    /// other region's names of the same base language (Chinese forms together) joined into one byte string: a name
    /// is part of another name in its own language, and searching only there is a fraction of the work (this runs
    /// once per process, at every start).
    private static func sharedNames(_ holidays: [(region: String, names: [String: String])]) -> Set<String> {
        var regionsByName: [String: Set<String>] = [:]
        var languagesByName: [String: Set<String>] = [:]
        var joined: [String: [String: [UInt8]]] = [:]  // base language → region → names
        for (region, names) in holidays {
            for (language, name) in names {
                let folded = fold(name), base = baseLanguage(language)
                regionsByName[folded, default: []].insert(region)
                languagesByName[folded, default: []].insert(base)
                joined[base, default: [:]][region, default: []] += Array(folded.utf8) + [0]
            }
        }
        var shared: Set<String> = []
        for (name, regions) in regionsByName {
            if regions.count > 1 {
                shared.insert(name)
                continue
            }
            let needle = Array(name.utf8)
            let elsewhere = (languagesByName[name] ?? []).contains { base in
                (joined[base] ?? [:]).contains { region, bytes in !regions.contains(region) && contains(bytes, needle) }
            }
            if elsewhere { shared.insert(name) }
        }
        return shared
    }

    /// Whether `needle` occurs in `haystack`: `memchr` to each place its first byte occurs, then `memcmp`.
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        return haystack.withUnsafeBytes { hay in
            needle.withUnsafeBytes { pin in
                guard let start = hay.baseAddress, let pinStart = pin.baseAddress else { return false }
                var at = 0
                let last = hay.count - pin.count
                while at <= last, let found = memchr(start + at, Int32(first), last - at + 1) {
                    let offset = start.distance(to: UnsafeRawPointer(found))
                    if memcmp(start + offset, pinStart, pin.count) == 0 { return true }
                    at = offset + 1
                }
                return false
            }
        }
    }

    private static func fold(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "’", with: "'")
    }

    private static func baseLanguage(_ tag: String) -> String { String(tag.prefix { $0 != "-" }) }

    /// The holidays every built-in calendar defines (`holidays:`, not substitute days or dated changes), by region.
    /// Read from the embedded, pre-parsed files: building the calendars themselves (zones, rules) is left to the
    /// first name found.
    private static func definedHolidays() -> [(region: String, names: [String: String])] {
        var result: [(region: String, names: [String: String])] = []
        for (path, text) in BuiltInData.files(under: "Glossaries/holidays") where path.hasSuffix(".yml") {
            let region = String(path.split(separator: "/").last?.split(separator: ".").first ?? "")
            guard let file = try? YAMLMap.parse(text, path: path), let holidays = try? file.maps("holidays") else {
                continue
            }
            for holiday in holidays {
                guard let pairs = holiday.node("name")?.mapping else { continue }
                var names: [String: String] = [:]
                for pair in pairs {
                    if let language = pair.key.string, let name = pair.value.string { names[language] = name }
                }
                result.append((region, names))
            }
        }
        return result
    }
}

extension Occasion {
    /// An occasion of a calendar's holiday: named as in the calendar, kept by `kept`, no greetings; its source is the
    /// calendar file (which cites the statute and the names' catalogue).
    init(
        calendarHoliday id: String, source: String, what: [String: String], holiday: [(region: String, name: String)],
        kept: Set<String>, names: [String: [String]]
    ) {
        self.id = id
        self.source = source
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
