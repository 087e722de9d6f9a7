import Foundation
import Synchronization
import TactfulICU

/// What one language calls each unit, read from ICU (CLDR's unit display names): the long, short and narrow
/// forms in every plural form, found by formatting sample amounts and keeping what is not the number. So
/// "5ポンド", "12파운드", "3磅", "20 رطل", "100 ปอนด์", "15 miglia" and "12 libras" are read without a hand list
/// per language. Computed once per language, on first use.
public enum UnitNames {
    /// The names `languages` ("ja", "zh_Hant_HK", "zh-Hant"; the first to name a unit keeps the name) give
    /// `units` (CLDR names; every catalog unit when nil), lowercased and without Arabic vowel marks. A language ICU
    /// does not know adds nothing.
    public static func vocabulary(languages: [String], units: [String]? = nil) -> UnitVocabulary {
        let key = languages.joined(separator: ",") + "|" + (units?.joined(separator: ",") ?? "*")
        if let known = cache.withLock({ $0[key] }) { return known }
        let catalog = units.map { $0.compactMap(UnitCatalog.unit(named:)) } ?? UnitCatalog.all
        var table: [String: String] = [:]
        for language in languages {
            table.merge(build(language, catalog)) { first, _ in first }
        }
        let built = UnitVocabulary(table)
        cache.withLock { $0[key] = built }
        return built
    }

    /// Removes Arabic short-vowel and tanween marks (U+064B–U+0652), which CLDR writes ("رطلًا") and agents
    /// almost never type.
    public static func withoutVowelMarks(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !(0x064B...0x0652).contains($0.value) }))
    }

    private static let cache = Mutex<[String: UnitVocabulary]>([:])

    /// Amounts that reach every plural category CLDR uses in Tactful's languages (Arabic's two/few/many,
    /// Polish few/many, fractions).
    private static let samples: [Double] = [1, 2, 5, 11, 1.5]
    private static let widths = ["unit-width-full-name", "unit-width-short", "unit-width-narrow"]

    /// Everyday names CLDR does not list, per language subtag, each with its source.
    private static let colloquial: [String: [String: String]] = [
        // Arabic Wikipedia, "بوصة" (https://ar.wikipedia.org/wiki/بوصة): "البوصة أو الإنش"; أقدام is the plural of
        // قدم (Wiktionary, "قدم"); فهرنهايت alone for the scale (Arabic Wikipedia, "فهرنهايت").
        "ar": ["إنش": "inch", "انش": "inch", "أقدام": "foot", "اقدام": "foot", "فهرنهايت": "fahrenheit"]
    ]

    /// What `language` calls the calendar durations, name (lowercased) → `day`, `week`, `month` or `year`:
    /// "Tage", "días", "dni", "日", "天", "일", "วัน", "أيام" (the number comes first in every one of Tactful's
    /// languages). Not cached: a rule reads it once when it is built.
    public static func durationNames(languages: [String]) -> [String: String] {
        var table: [String: String] = [:]
        for language in languages {
            guard let locale = try? ICU.LocaleID(tag: language) else { continue }
            for unit in ["day", "week", "month", "year"] {
                for name in names(of: unit, locale) where table[name] == nil { table[name] = unit }
            }
        }
        return table
    }

    private static func build(_ language: String, _ units: [MeasureUnit]) -> [String: String] {
        var names: [String: String] = [:]
        guard let locale = try? ICU.LocaleID(tag: language) else { return names }
        let wanted = Set(units.map(\.name))
        for (name, unit) in colloquial[locale.language] ?? [:] where wanted.contains(unit) { names[name] = unit }
        for unit in units {
            // The first unit to claim a name keeps it (catalog order: length, mass, volume, …).
            for name in Self.names(of: unit.name, locale) where names[name] == nil { names[name] = unit.name }
        }
        return names
    }

    /// The names of one CLDR unit in a locale, in every width and plural form, lowercased, without vowel marks.
    private static func names(of unit: String, _ locale: ICU.LocaleID) -> [String] {
        var names: [String] = []
        for width in widths {
            guard
                let formatter = try? ICU.NumberFormatter(
                    skeleton: "unit/\(unit) \(width) numbering-system/latn", locale: locale)
            else { continue }
            for sample in width == "unit-width-full-name" ? samples : [5] {
                guard let formatted = try? formatter.format(sample), let name = Self.name(after: formatted) else {
                    continue
                }
                let key = withoutVowelMarks(name).lowercased()
                if !names.contains(key) { names.append(key) }
            }
        }
        return names
    }

    /// The unit's name in a formatted amount that starts with the number ("5 ポンド", "5磅"): what follows the
    /// number, without spaces and direction marks. Nil when the name comes before or around the number ("時速5マイル",
    /// "華氏5度": a draft's "number then unit" scan cannot use it) or has no letter ("°").
    private static func name(after formatted: String) -> String? {
        let number = CharacterSet(charactersIn: "0123456789.,٫٬'’")
        let edges = CharacterSet.whitespaces.union(.init(charactersIn: "\u{200E}\u{200F}\u{061C}\u{00A0}\u{202F}"))
        let trimmed = formatted.trimmingCharacters(in: edges)
        guard let first = trimmed.unicodeScalars.first, ("0"..."9").contains(first) else { return nil }
        let name = String(trimmed.unicodeScalars.drop { number.contains($0) }).trimmingCharacters(in: edges)
        guard name.unicodeScalars.contains(where: CharacterSet.letters.contains),
            !name.unicodeScalars.contains(where: { ("0"..."9").contains($0) })
        else { return nil }
        return name
    }
}

/// Unit names of one language, for longest-match scanning.
public struct UnitVocabulary: Sendable {
    /// Name (lowercased) → CLDR unit name.
    public let table: [String: String]
    /// The names, longest first.
    public let longestFirst: [String]

    init(_ table: [String: String]) {
        self.table = table
        longestFirst = table.keys.sorted { ($0.count, $0) > ($1.count, $1) }
    }
}
