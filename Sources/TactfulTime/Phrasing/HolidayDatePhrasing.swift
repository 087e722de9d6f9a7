import Foundation
import TactfulData
import TactfulICU
import TactfulMarkets
import TactfulYAML

/// How a holiday's date reads to a customer, in their language: "on 20 March" when the date is announced,
/// "expected on 20 March" ("voraussichtlich am 20. März", "预计3月20日") when it is a computed estimate, so that a
/// moon-sighting or almanac date is never presented as certain. Wording from `Glossaries/sla/holiday-dates.yml`;
/// the date itself is formatted by ICU for the market's locale.
public struct HolidayDatePhrasing: Sendable {
    /// The customer's market (language and locale).
    public let market: Market

    /// Phrasing for a customer of `market`.
    public init(market: Market) { self.market = market }

    /// Phrasing for a report in `language` about a market's region (`ar` + `AE` → ar-AE), else nil; resolved once
    /// per tag.
    static func forReport(language: String, region: String) -> HolidayDatePhrasing? {
        let tag = "\(language)-\(region)"
        let resolve = { () -> HolidayDatePhrasing? in (try? MarketResolver().resolve(tag)).map(Self.init) }
        return (try? reportPhrasings.value(for: tag, orCompute: resolve)) ?? nil
    }

    private static let reportPhrasings = LockedCache<String, HolidayDatePhrasing?>()

    /// "expected on 20 March" or "on 20 March"; the year is added when it is not `currentYear`'s.
    public func text(_ date: LocalDate, estimated: Bool, currentYear: Int) throws(TimeError) -> String {
        let (_, template) = Self.template(for: market, estimated: estimated)
        return template.replacingOccurrences(of: "{date}", with: try format(date, withYear: date.year != currentYear))
    }

    /// The holiday's date in `holiday`'s terms: estimated or not.
    public func text(for holiday: Holiday, currentYear: Int) throws(TimeError) -> String {
        try text(holiday.date, estimated: holiday.estimated, currentYear: currentYear)
    }

    private func format(_ date: LocalDate, withYear: Bool) throws(TimeError) -> String {
        do {
            let formatter = try ICU.DateFormatter(
                skeleton: withYear ? "yMMMMd" : "MMMMd", locale: market.locale, timeZone: "GMT")
            return try formatter.format(millisecondsSince1970: Double(date.dayNumber) * 86_400_000)
        } catch {
            throw .calendarFailure("ICU could not format the date \(date) for \(market.tag): \(error)")
        }
    }

    /// The template for the market's language (script-specific for Chinese), else English.
    static func template(for market: Market, estimated: Bool) -> (language: String, template: String) {
        let table = estimated ? builtIn.expected : builtIn.on
        let candidates = [market.language + "-" + market.script, market.language, "en"]
        let language = candidates.first { table[$0] != nil } ?? "en"
        return (language, table[language] ?? (estimated ? "expected on {date}" : "on {date}"))
    }

    /// `Glossaries/sla/holiday-dates.yml`'s templates by language.
    static let builtIn: (on: [String: String], expected: [String: String]) = {
        let path = "Glossaries/sla/holiday-dates.yml"
        guard let text = BuiltInData.text(at: path), let root = try? YAMLNode.parse(text, path: path),
            let fields = try? root.fields("holiday dates", allowed: ["source", "on", "expected"])
        else { return ([:], [:]) }
        func table(_ key: String) -> [String: String] {
            var result: [String: String] = [:]
            for (language, template) in (try? fields[key]?.pairs(key)) ?? [] {
                if let language = try? language.string("a language"), let template = try? template.string("a template")
                {
                    result[language] = template
                }
            }
            return result
        }
        return (table("on"), table("expected"))
    }()
}
