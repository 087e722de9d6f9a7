import Foundation
import TactfulICU

/// What one language calls each common currency, read from ICU (CLDR's currency display names and symbols): the
/// long name in every plural form ("dólares estadounidenses"), its first word when it has several ("dólares",
/// which names every dollar), and the short and narrow symbols ("US$", "RM"). A module of its own so that the build
/// tool (tactful-embed) reads the built-in markets' names with this same code when the binary is built: reading
/// them opens ~90 ICU number formatters, a seventh of a one-draft lint.
public enum CurrencyNameReader {
    /// The currencies a cross-border reply is likely to name.
    public static let common = [
        "USD", "EUR", "GBP", "JPY", "CNY", "KRW", "INR", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD", "MXN", "BRL", "PLN",
        "SEK", "CHF", "SAR", "AED", "THB", "IDR", "MYR", "PHP", "VND",
    ]

    /// Name → the currencies it may mean, for one locale: names longer than three characters lowercased, shorter
    /// symbols as written, each name's currencies in the order they were found.
    public static func table(locale: ICU.LocaleID) -> [String: [String]] {
        var table: [String: [String]] = [:]
        func add(_ name: String, _ codes: [String]) {
            for code in codes where !table[name, default: []].contains(code) { table[name, default: []].append(code) }
        }
        for code in common {
            for name in names(code, locale) { add(name, [code]) }
        }
        for family in families {
            for name in familyNames(family, locale) { add(name, family) }
        }
        return table
    }

    /// A table as one text: a line per name, the name and its currencies separated by tabs (names hold neither).
    public static func encode(_ table: [String: [String]]) -> String {
        table.sorted { $0.key < $1.key }.map { ([$0.key] + $0.value).joined(separator: "\t") }.joined(separator: "\n")
    }

    /// The table of an ``encode(_:)`` text. Split on its UTF-8 bytes: tabs and line breaks are ASCII, and splitting
    /// by `Character` (grapheme breaking) cost a built-in market's one-draft lint 1.35M instructions.
    public static func decode(_ text: String) -> [String: [String]] {
        var table: [String: [String]] = [:]
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: "\t")).map { String(Substring($0)) }
            guard let name = fields.first, fields.count > 1 else { continue }
            table[name] = Array(fields.dropFirst())
        }
        return table
    }

    /// Currencies that share a name with a qualifier ("dólar estadounidense", "US-Dollar", "米ドル", "ดอลลาร์สหรัฐ").
    private static let families = [["USD", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD"], ["MXN", "PHP"]]

    /// The family's word in a language: what the long names of its currencies have in common at their start or end
    /// ("dólares", "Dollar", "ドル", "ดอลลาร์"), when that is at least two letters of a script without spaces or four
    /// of one with them.
    private static func familyNames(_ family: [String], _ locale: ICU.LocaleID) -> Set<String> {
        var found: Set<String> = []
        for sample in [1.0, 5] {
            let longNames = family.compactMap { code -> String? in
                let formatter = try? ICU.NumberFormatter(
                    skeleton: "currency/\(code) unit-width-full-name numbering-system/latn", locale: locale)
                return (try? formatter?.format(sample)).map {
                    $0.filter { !$0.isNumber && !".,'’\u{200E}\u{200F}\u{061C}".contains($0) }
                        .trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "\u{A0}\u{202F}"))).lowercased()
                }
            }
            guard longNames.count == family.count, let first = longNames.first else { continue }
            let prefix = longNames.dropFirst().reduce(first) { String($0.commonPrefix(with: $1)) }
            let suffix = String(
                longNames.dropFirst().reduce(String(first.reversed())) {
                    String($0.commonPrefix(with: String($1.reversed())))
                }.reversed())
            for candidate in [prefix, suffix] {
                let word = candidate.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
                let spaced = word.contains { $0.isCased }
                if word.count >= (spaced ? 4 : 2), word.allSatisfy({ $0.isLetter }) { found.insert(word) }
            }
        }
        return found
    }

    private static func names(_ code: String, _ locale: ICU.LocaleID) -> Set<String> {
        var names: Set<String> = []
        for width in ["unit-width-full-name", "unit-width-short", "unit-width-narrow"] {
            guard
                let formatter = try? ICU.NumberFormatter(
                    skeleton: "currency/\(code) \(width) numbering-system/latn", locale: locale)
            else { continue }
            // Plural forms differ only in the long name: one, two, few, many and other in Arabic and Polish.
            for sample in width == "unit-width-full-name" ? [1.0, 2, 5, 11, 1.5] : [5.0] {
                guard let formatted = try? formatter.format(sample) else { continue }
                let written = formatted.filter { !$0.isNumber && !".,'’\u{200E}\u{200F}\u{061C}".contains($0) }
                    .trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "\u{A0}\u{202F}")))
                // Symbols of up to three characters keep their case ("RM", "kr": "KR2406" is an order code); longer
                // names are lowercased, and a draft's case does not matter for them.
                let name = written.count <= 3 ? written : written.lowercased()
                guard name.contains(where: \.isLetter), !(name.count == 3 && name.uppercased() == code) else {
                    continue
                }
                names.insert(name)
                // The first word of a long name names the whole family ("dólares", "dollars", "yuans").
                let words = name.split(separator: " ")
                if width == "unit-width-full-name", words.count > 1, words[0].count >= 4 {
                    names.insert(String(words[0]))
                }
                // Without spaces, the unit is the long name less its country's ("หยวนจีน" less "จีน" is "หยวน"):
                // the country from the code's first two letters (ISO 4217), named by ICU in the same language.
                if width == "unit-width-full-name", words.count == 1, let unit = unit(of: name, code, locale) {
                    names.insert(unit)
                }
            }
        }
        return names
    }

    /// A long name written without spaces less the issuing country's name at its end or start, when at least two
    /// letters remain ("หยวนจีน" → "หยวน").
    private static func unit(of name: String, _ code: String, _ locale: ICU.LocaleID) -> String? {
        guard let country = try? ICU.LocaleID(tag: "und-\(code.prefix(2))") else { return nil }
        let region = country.regionName(in: locale).lowercased()
        guard region.count >= 2, name.count >= region.count + 2 else { return nil }
        if name.hasSuffix(region) { return String(name.dropLast(region.count)) }
        if name.hasPrefix(region) { return String(name.dropFirst(region.count)) }
        return nil
    }
}
