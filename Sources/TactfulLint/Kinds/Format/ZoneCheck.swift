import Foundation
import TactfulICU
import TactfulTime

/// A clock time with no zone ("we'll call you at 4pm", "明後日の10時") in a reply from a team whose clock differs
/// from the customer's: the customer cannot tell whose 4pm it is. Only with a team zone (`team: {timezone: …}` in
/// `.tactful.yml`, `--team-zone`, `teamTimeZone` in the API); without one there is no such finding. Markets with
/// several zones count as differing only when none of them shares the team's offset now. The suggestion names the
/// customer's zone as ICU writes it in the market's language ("4pm (Eastern Time)").
enum ZoneCheck {
    /// A time of day: "4pm", "4:30 p.m.", "16:00", "16h30", "10時", "10点", "10시".
    static let clockTime = RegexSource(
        #"\d{1,2}(?::[0-5]\d)?\s?[ap]\.?\s?m\b|\d{1,2}:[0-5]\d(?![\d:])|\d{1,2}h(?:[0-5]\d)?\b|\d{1,2}\s?(?:時|时|点|點|시)(?:半|[0-5]?\d分)?"#,
        ignoresCase: true)

    /// Words after a time that say whose time it is (beside the zone names ICU gives).
    private static let zoneCues = [
        "your time", "local time", "our time", "Ortszeit", "Ihrer Zeit", "heure locale", "heure de", "hora local",
        "ora locale", "lokale tijd", "czasu", "現地時間", "日本時間", "当地时间", "當地時間", "北京时间", "北京時間", "현지 시간",
        "한국 시간", "เวลาท้องถิ่น", "بتوقيت", "waktu setempat", "WIB", "horário de Brasília", "hora de",
        " time", "zeit", "heure", "hora", "時間", "时间", "시간",
    ]

    static func findings(_ info: RuleInfo, _ context: LintContext) throws(LintError) -> [Finding] {
        guard let team = context.teamZone else { return [] }
        // The zones' offsets are compared once an hour per team and market, not for every draft.
        let hour = Int(Date().timeIntervalSince1970 / 3600)
        guard context.pool.fact("zone-differs|\(team)|\(context.market.tag)|\(hour)", { differs(team: team, market: context.market.timeZones) })
        else { return [] }
        let document = context.document
        let names = zoneNames(context)
        let name = names.first ?? context.market.region
        return try FormatSupport.matches(clockTime, in: context).compactMap { range in
            if range.lowerBound > 0, let before = Unicode.Scalar(document.utf16[range.lowerBound - 1]),
                before.properties.numericType != nil || before == ":" || before == "." || before == "/" { return nil }
            let after = document.string(range.upperBound..<min(document.utf16.count, range.upperBound + 24))
            if namesAZone(after, zoneNames: names) { return nil }
            let text = document.string(range)
            let message = context.uiLanguage == .zhHans
                ? "这个时间没有写明时区，而你们团队（\(team)）与客户不在同一时区；请写明是谁的时间，例如“\(text)（\(name)）”。"
                : "This time has no zone, and your team (\(team)) keeps a different clock from the customer's: say whose time it is, e.g. “\(text) (\(name))”."
            let fixes = names.prefix(4).map { Fix(replacement: "\(text) (\($0))", description: "Name the customer's zone: \($0)", safe: false) }
            return context.finding(info, range, fixes: Array(fixes), message: message)
        }
    }

    /// The market's zones as ICU names them in its language ("Eastern Time", "Mitteleuropäische Zeit"), one per
    /// distinct name, the name most of the region's zones share first (Eastern before Hawaii-Aleutian in the US).
    private static func zoneNames(_ context: LintContext) -> [String] {
        let market = context.market
        return context.pool.fact("zone-names|\(market.tag)") { () -> [String] in
            let now = Date().timeIntervalSince1970 * 1000
            var counts: [String: Int] = [:]
            for zone in market.timeZones {
                guard let formatter = try? context.pool.dateFormatter("vvvv", market.locale, zone),
                    let name = try? formatter.format(millisecondsSince1970: now)
                else { continue }
                counts[name, default: 0] += 1
            }
            return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
        }
    }

    /// True when no zone of the market has the team's offset now.
    static func differs(team: String, market zones: [String]) -> Bool {
        guard let teamRules = try? ZoneRules(identifier: team), !zones.isEmpty else { return false }
        let now = Date().timeIntervalSince1970
        let offset = teamRules.offset(at: now)
        return zones.allSatisfy { zone in ((try? ZoneRules(identifier: zone))?.offset(at: now)).map { $0 != offset } ?? true }
    }

    /// True when the text right after a time names a zone: an abbreviation (UTC, CET, PST, GMT+8), a bracket, one of
    /// the customer's zone names, or a word for "time" ("Eastern Time", "your time", "Ortszeit", "日本時間").
    private static func namesAZone(_ after: String, zoneNames: [String]) -> Bool {
        let trimmed = after.drop { $0 == " " || $0 == "\u{A0}" }
        if trimmed.hasPrefix("(") || trimmed.hasPrefix("（") { return true }
        let word = trimmed.prefix { $0.isLetter || $0 == "+" || $0.isNumber }
        if word.count >= 2, word.count <= 6, word.first?.isUppercase == true,
            word.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "+" })
        {
            return true
        }
        let lowered = trimmed.lowercased()
        return zoneNames.contains { lowered.hasPrefix($0.lowercased()) } || zoneCues.contains { lowered.contains($0.lowercased()) }
    }
}
