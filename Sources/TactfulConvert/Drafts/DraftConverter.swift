import Foundation
import TactfulICU

/// Finds prices, sizes, measurements, dates and times in a reply draft and rewrites them for the customer's market.
///
/// Prices in another currency keep the original and add the converted amount (`$49.99 (≈ 46,21 €)`), since the
/// original is what is charged; prices in the market's currency are rewritten in its format. Measurements keep
/// the original and add the market's unit (`10 inches (25,4 cm)`). Dates and times are rewritten in the market's
/// format. Sizes (when a size category is given) keep the original and add the market's system
/// (`EU 42 (US 8.5)`). Spans are UTF-16 offsets, so the linter can turn each conversion into a fix.
public struct DraftConverter: Sendable {
    /// The locale written for.
    public let locale: ICU.LocaleID
    /// The market's currency (ISO 4217).
    public let currency: String
    /// Exchange rates, or nil when none could be had (foreign prices are then left alone, with a warning).
    public let rates: ProvidedRates?
    /// The size charts to read sizes with, or nil to leave sizes alone.
    public let sizes: SizeConverter?
    /// The languages the draft's dates are read in (month names and date patterns from ICU): English and the
    /// draft's languages.
    public let draftLanguages: [ICU.LocaleID]
    private let dates: DateVocabulary
    /// The draft languages' unit names (ICU's), so "5ポンド" and "12 libras" are read as measurements.
    private let units: UnitVocabulary

    /// A converter for a market's locale and currency; sizes are converted only when `sizes` is given. Dates are
    /// read in English and in `draftLanguages` (by default the market's language).
    public init(
        locale: ICU.LocaleID, currency: String, rates: ProvidedRates?, sizes: SizeConverter? = nil,
        draftLanguages: [ICU.LocaleID]? = nil
    ) {
        self.locale = locale
        self.currency = currency
        self.rates = rates
        self.sizes = sizes
        var languages: [ICU.LocaleID] = []
        let english = try? ICU.LocaleID(tag: "en")
        for language in [english].compactMap({ $0 }) + (draftLanguages ?? [locale])
        where !languages.contains(where: { $0.language == language.language }) {
            languages.append(language)
        }
        self.draftLanguages = languages
        dates = DateVocabulary(languages: languages)
        units = UnitNames.vocabulary(languages: languages.map(\.identifier))
    }

    /// True when `draft` has a price in a currency other than the market's (the caller then fetches rates).
    public static func needsRates(_ draft: String, currency: String) -> Bool {
        DraftScanner.scan(draft).matches.contains { match in
            if case .price(_, let found, _) = match.item { return found != currency }
            return false
        }
    }

    /// The draft rewritten for the market, with every conversion and what was left alone.
    public func convert(_ draft: String) -> DraftResult {
        let scan = DraftScanner.scan(
            draft, sizeSystems: sizes?.table.systems.map(\.id) ?? [], dates: dates, units: units)
        var conversions: [DraftConversion] = []
        var warnings = scan.ambiguousDates.map { "'\(draft[$0])' could be day/month or month/day: left as written" }
        for match in scan.matches {
            let original = String(draft[match.range])
            do {
                guard let (converted, replacement, note) = try render(match.item, original: original) else { continue }
                let start = draft.utf16.distance(from: draft.startIndex, to: match.range.lowerBound)
                let end = draft.utf16.distance(from: draft.startIndex, to: match.range.upperBound)
                conversions.append(
                    DraftConversion(
                        kind: match.item.kind, original: original, converted: converted, replacement: replacement,
                        span: .init(start: start, end: end), note: note))
            } catch {
                warnings.append("'\(original)': \(error)")
            }
        }
        var text = draft
        for conversion in conversions.reversed() {
            let utf16 = text.utf16
            let lower = utf16.index(utf16.startIndex, offsetBy: conversion.span.start)
            let upper = utf16.index(utf16.startIndex, offsetBy: conversion.span.end)
            text.replaceSubrange(lower..<upper, with: conversion.replacement)
        }
        return DraftResult(text: text, market: locale.languageTag, conversions: conversions, warnings: warnings)
    }

    /// The converted value, the replacement text and a note; nil when the original already fits the market.
    private func render(_ item: DraftItem, original: String) throws -> (String, String, String?)? {
        switch item {
        case .price(let amount, let found, let assumption):
            let formatter = MoneyFormatter(locale: locale)
            if found == currency {
                let formatted = try formatter.format(amount, CurrencyRounding(currency: found))
                return Self.sameText(formatted, original) ? nil : (formatted, formatted, assumption)
            }
            guard let rates else {
                throw ConvertError.noRates("no exchange rates to convert \(found) into \(currency)")
            }
            let result = try MoneyConverter(rates: rates, formatter: formatter).convert(
                amount, from: found, to: currency)
            let note = [assumption, "ECB rate of \(result.ratesDate)"].compactMap { $0 }.joined(separator: "; ")
            return (result.formatted, "\(original) (≈ \(result.formatted))", note)
        case .size(let size, let system):
            return try renderSize(size, system: system, original: original)
        case .measurement(let written):
            let result = try QuantityConverter(locale: locale).localize(written)
            let writtenUnits = written.parts.map(\.unit.name).joined(separator: "-and-")
            guard result.unit != written.quantity.unit.name, result.unit != writtenUnits else { return nil }
            return (result.formatted, "\(original) (\(result.formatted))", nil)
        case .date(let year, let month, let day, let hasYear):
            let millis = Self.millis(year: year, month: month, day: day, hour: 12, minute: 0)
            let formatted = try ICU.DateFormatter(skeleton: hasYear ? "yMMMd" : "MMMd", locale: locale, timeZone: "UTC")
                .format(millisecondsSince1970: millis)
            return Self.sameText(formatted, original) ? nil : (formatted, formatted, nil)
        case .time(let hour, let minute):
            let millis = Self.millis(year: 2000, month: 1, day: 1, hour: hour, minute: minute)
            let formatted = try ICU.DateFormatter(skeleton: "jmm", locale: locale, timeZone: "UTC")
                .format(millisecondsSince1970: millis)
            return Self.sameText(formatted, original)
                ? nil : (formatted, formatted, "clock format only; no time zone was converted")
        }
    }

    private func renderSize(_ size: String, system: String, original: String) throws -> (String, String, String?)? {
        let region = (try? locale.maximized().region) ?? ""
        guard let sizes, let target = SizeTable.system(forRegion: region, among: sizes.table.systems.map(\.id)),
            target != system
        else {
            return nil
        }
        let answer = try sizes.convert(size: size, from: system, to: [target])
        let values = answer.to.map { SizeValue.localized($0.size, locale: locale) }
        let converted =
            "\(target) " + ((try? ICU.formatList(values, locale: locale, type: .or)) ?? values.joined(separator: "/"))
        let charts = answer.charts.map(\.chart.id).joined(separator: ", ")
        let note = values.count > 1 ? "charts disagree (\(charts))" : "per \(charts)"
        return (converted, "\(original) (\(converted))", note)
    }

    /// Equal but for the kind of space (ICU writes no-break and narrow no-break spaces; agents type plain ones).
    static func sameText(_ a: String, _ b: String) -> Bool {
        func plain(_ text: String) -> String { String(text.map { $0 == "\u{a0}" || $0 == "\u{202f}" ? " " : $0 }) }
        return plain(a) == plain(b)
    }

    /// Milliseconds since 1970 of a proleptic Gregorian UTC date and time (days-from-civil).
    static func millis(year: Int, month: Int, day: Int, hour: Int, minute: Int) -> Double {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Double(days * 86_400 + hour * 3600 + minute * 60) * 1000
    }
}
