import Foundation
import TactfulData
import TactfulICU
import TactfulMarkets
import TactfulYAML

/// Tells a customer, in their language and zone, when they will hear back: "Sie hören bis morgen um 09:00
/// (Ihre Ortszeit) von uns." Dates and times are formatted by ICU for the customer's locale, and handed a fixed
/// `GMT±hh:mm` zone computed from the system tzdata so ICU's stale zone rules never decide a local time.
public struct CustomerPhrasing: Sendable {
    /// The customer's market (language, region, locale for formatting).
    public let market: Market
    /// The customer's zone.
    public let zone: ZoneRules
    /// Local night, as wall-clock hours: from `nightStarts` to `nightEnds` the next morning (default 22:00–07:00,
    /// a convention, not a law: the EU Working Time Directive 2003/88/EC art. 2(3) leaves "night time" to
    /// national law, always including 00:00–05:00).
    public var nightStarts = 22, nightEnds = 7

    /// Phrasing for a customer of `market` in `zone`.
    public init(market: Market, zone: ZoneRules) {
        self.market = market
        self.zone = zone
    }

    /// The due time as the customer should read it, relative to `now`.
    public func describe(due: Date, now: Date) throws(TimeError) -> CustomerDueTime {
        let when = try dueText(due: due, now: now)
        let (language, template) = Self.sentence(for: market)
        let nowHour = Int((zone.wallSeconds(at: now.timeIntervalSince1970) / 3600).rounded(.down)) % 24
        let hour = (nowHour + 24) % 24
        return CustomerDueTime(
            timeZone: zone.identifier, due: ISO8601.format(due, in: zone), dueText: when,
            sentence: template.replacingOccurrences(of: "{when}", with: when), sentenceLanguage: language,
            localTimeNow: ISO8601.format(now, in: zone), localTimeNowText: try format(now, skeleton: "jmm"),
            isNight: nightStarts > nightEnds
                ? (hour >= nightStarts || hour < nightEnds) : (hour >= nightStarts && hour < nightEnds))
    }

    /// "morgen um 09:00", "Dienstag um 09:00", "12. März um 09:00": relative words for today and tomorrow, the
    /// weekday within a week, else the date; joined to the time by the locale's "at" glue.
    public func dueText(due: Date, now: Date) throws(TimeError) -> String {
        let dueDay = zone.localDate(at: due.timeIntervalSince1970)
        let days = dueDay.dayNumber - zone.localDate(at: now.timeIntervalSince1970).dayNumber
        do {
            let relative = try ICU.RelativeDateFormatter(locale: market.locale)
            let time = try format(due, skeleton: "jmm")
            let day: String
            switch days {
            case 0, 1: day = try relative.format(Double(days), .day)
            case 2...6: day = try format(due, skeleton: "EEEE")
            default:
                day = try format(
                    due,
                    skeleton: dueDay.year == zone.localDate(at: now.timeIntervalSince1970).year ? "MMMMd" : "yMMMMd")
            }
            return try relative.combine(relativeDate: day, time: time)
        } catch {
            throw .calendarFailure("ICU could not format the due time for \(market.tag): \(error)")
        }
    }

    /// An instant formatted by ICU for the customer's locale in the offset the system tzdata gives for it.
    private func format(_ instant: Date, skeleton: String) throws(TimeError) -> String {
        let millis = instant.timeIntervalSince1970 * 1000
        do {
            let formatter = try ICU.DateFormatter(
                skeleton: skeleton, locale: market.locale,
                timeZone: zone.fixedOffsetName(at: instant.timeIntervalSince1970))
            return try formatter.format(millisecondsSince1970: millis)
        } catch {
            throw .calendarFailure("ICU could not format '\(skeleton)' for \(market.tag): \(error)")
        }
    }

    /// The sentence template for the market's language (script-specific for Chinese), else English.
    static func sentence(for market: Market) -> (language: String, template: String) {
        let sentences = builtInSentences
        let candidates = [market.language + "-" + market.script, market.language, "en"]
        let language = candidates.first { sentences[$0] != nil } ?? "en"
        return (language, sentences[language] ?? "{when}")
    }

    /// `Glossaries/sla/phrases.yml`'s sentences by language.
    static let builtInSentences: [String: String] = {
        guard let text = BuiltInData.text(at: "Glossaries/sla/phrases.yml"),
            let root = try? YAMLNode.parse(text, path: "Glossaries/sla/phrases.yml"),
            let fields = try? root.fields("phrases", allowed: ["source", "sentences"]),
            let pairs = try? fields["sentences"]?.pairs("sentences")
        else { return [:] }
        var sentences: [String: String] = [:]
        for (key, value) in pairs {
            if let language = try? key.string("a language"), let sentence = try? value.string("a sentence") {
                sentences[language] = sentence
            }
        }
        return sentences
    }()
}

/// A due time as shown to a customer.
public struct CustomerDueTime: Codable, Equatable, Sendable {
    /// The customer's IANA zone.
    public let timeZone: String
    /// The due instant in the customer's zone, ISO 8601 with offset.
    public let due: String
    /// The due time in words for the customer's locale ("morgen um 09:00").
    public let dueText: String
    /// A sentence for the customer in their language.
    public let sentence: String
    /// The language of `sentence` (English when the market's has none).
    public let sentenceLanguage: String
    /// The customer's local time now, ISO 8601 with offset.
    public let localTimeNow: String
    /// The customer's local clock time now, formatted for their locale.
    public let localTimeNowText: String
    /// True when it is night where the customer is.
    public let isNight: Bool
}
