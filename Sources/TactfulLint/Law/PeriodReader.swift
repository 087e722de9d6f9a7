import Synchronization
import TactfulConvert

/// Stated periods in a sentence — a number followed by the name of a day, week, month or year: "14 days",
/// "a 14-day return", "innerhalb von 7 Tagen", "7日間", "14일", "١٤ يوم". The names are ICU's (CLDR's unit display
/// names, every width and plural form) in the market's language and English, plus the inflected forms ICU lacks
/// (`durations:` in `Glossaries/law/cues.yml`); read once per language, when a sentence first needs them.
struct PeriodReader: Sendable {
    /// Lowercased name → days (a month is 30, a year 365), longest names first.
    private let names: [(name: [UInt16], days: Int)]

    init(languages: [String], extra: [String: String]) {
        let days = ["day": 1, "week": 7, "month": 30, "year": 365]
        var table = UnitNames.durationNames(languages: languages)
        table.merge(extra) { icu, _ in icu }
        names = table.compactMap { name, unit -> ([UInt16], Int)? in
            // One- and two-letter abbreviations ("d", "j", "m") are too often something else.
            guard name.unicodeScalars.count > 2 || !name.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
            return (Array(name.utf16), days[unit] ?? 1)
        }.sorted { $0.0.count > $1.0.count }
    }

    /// The reader for a market language (with English), built once per language.
    static func of(_ language: String, extra: [String: String]) -> PeriodReader {
        if let known = cache.withLock({ $0[language] }) { return known }
        let reader = PeriodReader(languages: language == "en" ? ["en"] : [language, "en"], extra: extra)
        cache.withLock { $0[language] = reader }
        return reader
    }

    private static let cache = Mutex<[String: PeriodReader]>([:])

    /// The periods stated in `range` of `utf16`: days and the span from the number to the end of the unit's name.
    func periods(in range: Range<Int>, of utf16: [UInt16]) -> [(days: Int, range: Range<Int>)] {
        var found: [(Int, Range<Int>)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard LawRule.digitValue(utf16[index]) != nil else { index += 1; continue }
            var end = index
            while end < range.upperBound, LawRule.digitValue(utf16[end]) != nil { end += 1 }
            defer { index = end }
            var unitStart = end
            while unitStart < range.upperBound, unitStart - end < 2, [0x20, 0xA0, 0x202F, 0x2D, 0x2010, 0x2011].contains(utf16[unitStart]) {
                unitStart += 1
            }
            guard let (length, days) = name(at: unitStart, limit: range.upperBound, utf16),
                let number = LawRule.number(before: unitStart, in: utf16)
            else { continue }
            found.append((number.value * days, number.range.lowerBound..<(unitStart + length)))
        }
        return found
    }

    /// The longest duration name at `offset` (case-insensitive), which in a spaced script must end its word.
    private func name(at offset: Int, limit: Int, _ utf16: [UInt16]) -> (length: Int, days: Int)? {
        for (name, days) in names where offset + name.count <= limit {
            var matches = true
            for (position, unit) in name.enumerated() where Self.lowered(utf16[offset + position]) != unit {
                matches = false
                break
            }
            guard matches else { continue }
            let next = utf16.at(offset + name.count).flatMap(Unicode.Scalar.init)
            let unspaced = name.first.map { $0 >= 0x0E00 } ?? false
            if unspaced || !(next?.properties.isAlphabetic ?? false) { return (name.count, days) }
        }
        return nil
    }

    private static func lowered(_ unit: UInt16) -> UInt16 {
        if unit >= 0x41 && unit <= 0x5A { return unit + 0x20 }
        guard unit >= 0xC0, unit < 0xD800, let scalar = Unicode.Scalar(unit) else { return unit }
        return scalar.properties.lowercaseMapping.utf16.count == 1 ? scalar.properties.lowercaseMapping.utf16.first! : unit
    }
}
