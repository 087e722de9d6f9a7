import Foundation
import TactfulYAML

/// Finds the occasions of the holiday calendars (`Glossaries/holidays/<REGION>.yml`): each distinctive holiday name,
/// in every language its calendar gives, is an occasion of the one region whose calendar has it. A module of its own
/// so that the build tool (tactful-embed) finds the built-in calendars' occasions with this same code when the binary
/// is built: finding them (reading 27 calendars, searching every name in the others) cost a fifth of a one-draft lint.
///
/// A holiday is left out, with all its names, when it is not one country's day:
/// - one of its names is a name in two or more calendars, or part of one ("Christmas Day"; "Mid-Autumn Festival",
///   which Hong Kong keeps as "The day following the Chinese Mid-Autumn Festival"; Eid al-Fitr). A day two countries
///   keep is kept in countries without a calendar here too (St Stephen's Day, the Immaculate Conception, Eid);
/// - its English name is a description in sentence case ("Temporary public holiday", "Local elections day");
/// - its English name is made only of holiday words (`Glossaries/culture/holiday-words.yml`: "National Day",
///   "Founding Day", "Revolution Day").
/// One name is left out when it is shorter than `shortest` characters, one word of a Latin-script language (Neujahr,
/// Ferragosto, Muharram: words a reply uses without naming the day off), or made only of its language's holiday words
/// ("Fête nationale"). Names are those the calendars define: substitute days and one-off dated changes are not names.
/// (A holiday that another calendar of the same language keeps on one of its days under another name is left out when
/// its name is found, by the linter, which expands the calendars' dates.)
public enum CalendarOccasionFinder {
    /// Names shorter than this (in characters) are left out.
    public static let shortest = 3

    /// The distinctive holidays of `calendars` (calendar files by path, in order; the region is the file's name) as
    /// they define them, one occasion per holiday, in the calendars' order.
    public static func occasions(calendars: [(path: String, text: String)], holidayWords: HolidayWords)
        -> [CalendarOccasion]
    {
        let holidays = definedHolidays(calendars)
        let shared = sharedNames(holidays)
        func isShared(_ name: String) -> Bool { shared.contains(fold(name)) }
        var occasions: [CalendarOccasion] = []
        var seen: Set<String> = []
        for (region, names) in holidays {
            guard let english = names["en"], seen.insert(region + "|" + english).inserted,
                !holidayWords.isMadeOf(english, language: "en"), !isDescription(english),
                !names.values.contains(where: isShared)
            else { continue }
            let kept = names.filter { language, name in isDistinctive(name, language: language, holidayWords) }
            guard !kept.isEmpty else { continue }
            occasions.append(
                CalendarOccasion(
                    region: region, english: english,
                    simplifiedChinese: names["zh-Hans"] ?? names["zh"] ?? english, names: kept))
        }
        return occasions
    }

    /// Long enough, more than one word in a Latin-script language, and not only holiday words.
    public static func isDistinctive(_ name: String, language: String, _ holidayWords: HolidayWords) -> Bool {
        guard name.count >= shortest, !holidayWords.isMadeOf(name, language: language) else { return false }
        let latin = name.unicodeScalars.first.map { $0.properties.isAlphabetic && $0.value < 0x0250 } ?? false
        return !latin || name.contains(" ")
    }

    /// An English name whose words after the first are all lower-case ("Temporary public holiday").
    public static func isDescription(_ english: String) -> Bool {
        let words = english.split(separator: " ")
        return words.count > 1 && words.dropFirst().allSatisfy { $0.first?.isLowercase ?? false }
    }

    /// A language tag's base language (`zh` of `zh-Hant`): Chinese forms are one language here.
    public static func baseLanguage(_ tag: String) -> String { String(tag.prefix { $0 != "-" }) }

    /// The folded names that are, or are part of, names in two or more calendars. Each name is looked for in each
    /// other region's names of the same base language (Chinese forms together) joined into one byte string: a name
    /// is part of another name in its own language, and searching only there is a fraction of the work.
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
                (joined[base] ?? [:]).contains { region, bytes in
                    !regions.contains(region) && ByteSearch.contains(bytes, needle)
                }
            }
            if elsewhere { shared.insert(name) }
        }
        return shared
    }

    private static func fold(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "’", with: "'")
    }

    /// The holidays each calendar defines (`holidays:`, not substitute days or dated changes), by region; a file
    /// that does not parse defines none.
    private static func definedHolidays(_ calendars: [(path: String, text: String)])
        -> [(region: String, names: [String: String])]
    {
        var result: [(region: String, names: [String: String])] = []
        for (path, text) in calendars where path.hasSuffix(".yml") {
            let region = String(path.split(separator: "/").last?.split(separator: ".").first ?? "")
            guard let file = try? YAMLMap(yaml: text, path: path), let holidays = try? file.maps("holidays") else {
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
