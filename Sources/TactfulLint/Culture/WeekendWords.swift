import Foundation
import Synchronization
import TactfulData
import TactfulICU

/// The words for "the weekend" and for "and" between two day names, per language
/// (`Glossaries/culture/weekend.yml`), and the weekday names ICU gives each locale.
struct WeekendWords: Sendable {
    /// Language → words for the weekend ("weekend", "Wochenende", "عطلة نهاية الأسبوع", "周末").
    let words: [String: [String]]
    /// Language → words joining two day names ("and", "und", "و").
    let joiners: [String: [String]]
    /// Language → words that may stand between the days and a weekend word after them ("are our", "c'est le", "是").
    let copulas: [String: [String]]
    /// Language → words for "on the days" that may stand between a weekend word and its days ("يومي الجمعة والسبت").
    let leads: [String: [String]]

    /// The built-in table; a malformed file is a build defect, caught by the tests.
    static let builtIn: WeekendWords? = {
        let path = "Glossaries/culture/weekend.yml"
        return BuiltInData.text(at: path).flatMap { try? read($0, path: path) }
    }()

    static func read(_ text: String, path: String) throws(PackError) -> WeekendWords {
        let file = try YAMLMap.parse(text, path: path)
        let table = WeekendWords(
            words: try file.stringLists("words"), joiners: try file.stringLists("and"),
            copulas: try file.stringLists("is"), leads: try file.stringLists("on-days"))
        try file.rejectUnknownKeys()
        guard !table.words.isEmpty else { throw file.error(file.node, "no 'words'") }
        return table
    }

    /// Lowercased weekday names of `locale` and English, each with ICU's day number (1 = Sunday … 7 = Saturday),
    /// longest first so that "sonntag" is not read as a shorter name: the full names, and the abbreviations that
    /// cannot be a word of their own ("周日", not "Sun" or "So."). Read from ICU once per locale.
    static func dayNames(_ locale: ICU.LocaleID) -> [(name: String, day: Int)] {
        if let known = cache.withLock({ $0[locale.identifier] }) { return known }
        let names = icuNames(locale).filter { name, _, style in
            style < 2 || (name.count >= 2 && !name.hasSuffix(".") && !name.unicodeScalars.allSatisfy(\.isASCII))
        }.map { ($0.name, $0.day) }
        var seen: Set<String> = []
        let read = names.filter { !$0.0.isEmpty && seen.insert($0.0).inserted }.sorted { $0.0.count > $1.0.count }
        cache.withLock { $0[locale.identifier] = read }
        return read
    }

    private static let cache = Mutex<[String: [(name: String, day: Int)]]>([:])

    /// Every weekday name of `locale` and English, abbreviations too, lowercased and without a closing stop ("화",
    /// "火", "tue"), with its day number: a name in brackets right after a date ("5/6(화)") is no other word.
    static func everyDayName(_ locale: ICU.LocaleID) -> [String: Int] {
        var table: [String: Int] = [:]
        for (name, day, _) in icuNames(locale) where !name.isEmpty {
            table[name.trimmingCharacters(in: CharacterSet(charactersIn: "."))] = day
        }
        return table
    }

    /// ICU's weekday names of `locale`, then of English, lowercased, each with its day number and its style (0 full,
    /// 1 standing alone, 2 abbreviated: ``ICU/weekdayNames(locale:)``).
    private static func icuNames(_ locale: ICU.LocaleID) -> [(name: String, day: Int, style: Int)] {
        let locales = [locale] + ((try? ICU.LocaleID(tag: "en")).map { [$0] } ?? [])
        return locales.flatMap { locale in
            ((try? ICU.weekdayNames(locale: locale)) ?? []).enumerated().flatMap { style, list in
                list.enumerated().map { ($0.element.lowercased(), $0.offset + 1, style) }
            }
        }
    }
}
