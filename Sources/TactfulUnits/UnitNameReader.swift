import Foundation
import TactfulICU

/// What one locale calls a unit, read from ICU (CLDR's unit display names): the long, short and narrow forms in
/// every plural form, found by formatting sample amounts and keeping what is not the number. A module of its own so
/// that the build tool (tactful-embed) reads the built-in markets' names with this same code when the binary is
/// built: reading them opens three ICU number formatters per unit, a tenth of a one-draft lint.
public enum UnitNameReader {
    /// The calendar durations whose names a stated period is read with ("14 days", "7日間").
    public static let durations = ["day", "week", "month", "year"]

    /// Every unit whose names a table holds: the catalog's, then the durations.
    public static var tableUnits: [String] { UnitCatalog.all.map(\.name) + durations }

    /// Removes Arabic short-vowel and tanween marks (U+064B–U+0652), which CLDR writes ("رطلًا") and agents
    /// almost never type.
    public static func withoutVowelMarks(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !(0x064B...0x0652).contains($0.value) }))
    }

    /// The names of one CLDR unit in a locale, in every width and plural form, lowercased, without vowel marks.
    public static func names(of unit: String, _ locale: ICU.LocaleID) -> [String] {
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

    /// Unit → its names (``names(of:_:)``) for every unit of ``tableUnits``, in one locale.
    public static func table(locale: ICU.LocaleID) -> [String: [String]] {
        Dictionary(uniqueKeysWithValues: tableUnits.map { ($0, names(of: $0, locale)) })
    }

    /// A table as one text: a line per unit, the unit and its names separated by tabs (names hold neither: a name is
    /// what a formatted amount holds besides its number, trimmed of spaces, and ICU writes no tab or line break).
    public static func encode(_ table: [String: [String]]) -> String {
        table.sorted { $0.key < $1.key }.map { ([$0.key] + $0.value).joined(separator: "\t") }.joined(separator: "\n")
    }

    /// The names of `unit` in an ``encode(_:)`` text, its line alone split on its bytes (line feeds and tabs are
    /// ASCII: no grapheme breaking); nil when no line is the unit's (the last such line counts). A market reads the
    /// names of a few units: decoding every line made a string of each of the table's names, 1.0M instructions of a
    /// one-draft lint.
    public static func names(of unit: String, inEncoded text: String) -> [String]? {
        var text = text
        let key = Array(unit.utf8)
        return text.withUTF8 { bytes -> [String]? in
            var found: Slice<UnsafeBufferPointer<UInt8>>?
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                let line = bytes[start..<end]
                if line.starts(with: key), line.count == key.count || line[start + key.count] == UInt8(ascii: "\t") {
                    found = line
                }
                start = end + 1
            }
            guard let found else { return nil }
            return found.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).dropFirst().map {
                String(decoding: $0, as: UTF8.self)
            }
        }
    }

    /// Amounts that reach every plural category CLDR uses in Tactful's languages (Arabic's two/few/many,
    /// Polish few/many, fractions).
    private static let samples: [Double] = [1, 2, 5, 11, 1.5]
    private static let widths = ["unit-width-full-name", "unit-width-short", "unit-width-narrow"]

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
