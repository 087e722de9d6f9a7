@_exported import TactfulUnits
import Synchronization
import TactfulData
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

    private static let cache = Mutex<[String: UnitVocabulary]>([:])

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
            for unit in UnitNameReader.durations {
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

    /// The names of one CLDR unit in a locale (``UnitNameReader/names(of:_:)``): read when the binary was built for a
    /// built-in market's locale, else from ICU.
    private static func names(of unit: String, _ locale: ICU.LocaleID) -> [String] {
        builtInNames(of: unit, locale.identifier) ?? UnitNameReader.names(of: unit, locale)
    }

    /// The names of one CLDR unit read when the binary was built for a built-in market's locale (`de_DE`, `ja`), the
    /// unit's line of the table alone decoded; nil for any other locale or unit.
    static func builtInNames(of unit: String, _ identifier: String) -> [String]? {
        BuiltInData.unitNames(identifier).flatMap { UnitNameReader.names(of: unit, inEncoded: $0) }
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
        longestFirst = Self.longestFirst(table.keys)
    }

    /// `names` longest first (in characters), names of one length in descending order. Each name's length is
    /// counted once: counting characters in the comparison was most of sorting.
    static func longestFirst(_ names: some Collection<String>) -> [String] {
        names.map { (length: $0.count, name: $0) }.sorted { ($0.length, $0.name) > ($1.length, $1.name) }.map(\.name)
    }
}
