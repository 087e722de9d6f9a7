import Foundation
import TactfulICU
import TactfulTime

/// A clock time given in a zone the customer is not in ("until 5 pm EST" to a UK customer, "本日15:00（北京時間）まで" to
/// a Japanese one, "9AM PST" to India): the customer has to convert it. Zones are told by their UTC offset now, so
/// a name shared by the customer's zone ("CST" to a US customer: US Central) is not foreign; another country's zone at
/// an offset only a corner of the market keeps is ("Beijing time" to Australia, though Perth is +8). The fix adds the time in
/// the customer's main zone, written by ICU for the market ("5 pm EST (10:00 pm GMT)"); it is a suggestion, since
/// the offsets are today's. A time already followed by a converted time ("9AM PST (10:30 PM IST)") is left alone.
enum ForeignZoneCheck {
    static func findings(_ info: RuleInfo, _ context: LintContext) throws(LintError) -> [Finding] {
        let document = context.document
        guard ZoneCheck.mayHoldClockTime(document.utf16) else { return [] }
        let times = try FormatSupport.matches(ZoneCheck.clockTime, in: context)
        guard !times.isEmpty else { return [] }
        let now = Date().timeIntervalSince1970
        let customerOffsets = Set(
            context.market.timeZones.compactMap { (try? ZoneRules(identifier: $0))?.offset(at: now) })
        guard let mainZone = context.market.timeZones.first, !customerOffsets.isEmpty,
            let mainOffset = (try? ZoneRules(identifier: mainZone))?.offset(at: now)
        else { return [] }
        // Another country's zone is foreign even where a corner of the market shares its offset ("Beijing time" to
        // Australia, where only Perth keeps +8): it is compared with the market's main zone.
        let marketZones = Set(context.market.timeZones)
        var findings: [Finding] = []
        for time in times {
            if time.lowerBound > 0, let before = Unicode.Scalar(document.utf16[time.lowerBound - 1]),
                before.properties.numericType != nil || before == ":" || before == "."
            {
                continue
            }
            let line = document.lineRange(document.lineIndex(of: time.lowerBound))
            let after = document.string(time.upperBound..<min(line.upperBound, time.upperBound + 32))
            let before = document.string(max(line.lowerBound, time.lowerBound - 20)..<time.lowerBound)
            // The vocabulary is built (once per market language) only for a time that a name may follow or precede.
            guard mayNameAZone(after: after, before: before) else { continue }
            let vocabulary = ZoneVocabulary.of(context.market.locale, pool: context.pool)
            let leading = vocabulary.leading(after[...])
            guard let zone = leading ?? vocabulary.trailing(before[...]), !zone.offsets.isEmpty,
                zone.offsets.isDisjoint(with: customerOffsets)
                    || (!zone.zones.isEmpty && zone.zones.isDisjoint(with: marketZones)
                        && !zone.offsets.contains(mainOffset))
            else { continue }
            if convertedFollows(after, zone: zone.name) { continue }
            let span = Self.span(of: time, zone: zone.name, after: leading != nil ? after : nil, before: before)
            let text = document.string(time)
            let converted =
                zone.offsets.count == 1
                ? convert(
                    text, afternoon: Self.afternoonBefore(before), period: DayPeriodWord(after: after),
                    from: zone.offsets.first!, to: mainZone, context: context, now: now) : nil
            let customerZone = zoneName(mainZone, offset: mainOffset, context, now: now)
            // The time as written with its zone's name ("5 pm EST", "美东时间下午3点"), then the customer's.
            let example = converted.map { "\(document.string(span)) (\($0) \(customerZone))" }
            let message =
                context.uiLanguage == .zhHans
                ? "这个时间用的是 \(zone.name)，客户不在这个时区（\(customerZone)）；请同时写出客户当地的时间" + (example.map { "，例如“\($0)”。" } ?? "。")
                : "This time is in \(zone.name), which is not the customer's zone (\(customerZone)); add it in their time"
                    + (example.map { ", e.g. “\($0)”." } ?? ".")
            var fixes: [Fix] = []
            if let converted, let example {
                fixes.append(
                    Fix(
                        replacement: example, description: "Add the customer's time: \(converted) \(customerZone)",
                        safe: false))
            }
            findings.append(context.finding(info, span, fixes: fixes, message: message))
        }
        return findings
    }

    /// The time with its zone's name, which follows it (in `after`, with a closing bracket: "18:00 (hora de Pekín)")
    /// or precedes it (in `before`: "베이징 시간 오전 9시"); the time alone where the name is not found as written.
    private static func span(of time: Range<Int>, zone: String, after: String?, before: String) -> Range<Int> {
        if let after {
            guard let name = after.range(of: zone, options: .caseInsensitive) else { return time }
            let closing = after[name.upperBound...].first.map { $0 == ")" || $0 == "）" } == true ? 1 : 0
            return time.lowerBound..<(time.upperBound + after[..<name.upperBound].utf16.count + closing)
        }
        guard let name = before.range(of: zone, options: [.caseInsensitive, .backwards]) else { return time }
        return (time.lowerBound - before[name.lowerBound...].utf16.count)..<time.upperBound
    }

    /// True when a capital, a letter of an uncased script or a bracket follows the time (past spaces, a comma and a
    /// clock word), or a capital or a letter of an uncased script ends the text before it ("EST 5pm", "北京时间15:00"):
    /// where a zone's name may be.
    private static func mayNameAZone(after: String, before: String) -> Bool {
        // Names in lower case too: "czasu pekińskiego", "hora de Pekín", "heure chinoise".
        func mayStartAName(_ character: Character?) -> Bool {
            guard let character else { return false }
            return character.isLetter || character == "(" || character == "（"
        }
        let rest = ZoneVocabulary.pastClockWord(after.drop(while: ZoneVocabulary.beforeAName))
        let last = before.reversed().first { $0 != " " && $0 != "\u{A0}" }
        return mayStartAName(rest.first) || (last.map { $0.isLetter && (!$0.isCased || $0.isUppercase) } ?? false)
    }

    /// True when a converted time follows the zone name ("9AM PST (10:30 PM IST)", "15:00 CET / 22:00 北京时间").
    private static func convertedFollows(_ after: String, zone: String) -> Bool {
        guard let range = after.range(of: zone) else { return false }
        let rest = after[range.upperBound...].drop { $0 == " " || $0 == ")" || $0 == "）" }
        guard let first = rest.first, "(（/,".contains(first) || first.isNumber else { return false }
        return rest.drop { !$0.isNumber }.first != nil
    }

    /// The customer's main zone as ICU names it in the market's language today ("Greenwich Mean Time", "日本標準時"),
    /// asked once per zone and UTC offset (its standard or summer name): ICU names a zone under its global lock,
    /// which held up the other thread of `tactful lint --jobs 2` on every draft with a foreign zone.
    private static func zoneName(_ zone: String, offset: Int, _ context: LintContext, now: Double) -> String {
        context.pool.fact("zone-name|\(context.market.locale.identifier)|\(zone)|\(offset)") {
            (try? context.pool.dateFormatter("zzzz", context.market.locale, zone).format(
                millisecondsSince1970: now * 1000)) ?? zone
        }
    }

    /// Words written right before a clock time that put it after noon (下午3点, 午後3時, 오후 3시, 晚上8點).
    private static let afternoonWords = ["下午", "晚上", "傍晚", "午後", "夜", "오후", "저녁", "밤"]

    /// True when the text just before a time ends with a word that puts it after noon.
    private static func afternoonBefore(_ before: String) -> Bool {
        let trimmed = before.reversed().drop { $0 == " " }
        let tail = String(trimmed.prefix(2).reversed())
        return afternoonWords.contains { tail.hasSuffix($0) }
    }

    /// `text` ("5 pm", "15:00", "10時", "6 مساءً", "10 โมงเช้า") read as a time in the zone of `offset` and written in
    /// `zone` the market's way, today; nil when the time cannot be read. `afternoon`: a word before it said so
    /// ("下午3点"); `period`: an Indonesian word for the part of the day after it ("jam 3 sore").
    private static func convert(
        _ text: String, afternoon: Bool = false, period: DayPeriodWord? = nil, from offset: Int, to zone: String,
        context: LintContext, now: Double
    ) -> String? {
        let lowered = text.lowercased()
        let numbers = lowered.split { !$0.isNumber }.compactMap { Int($0) }
        guard var hour = numbers.first, hour <= 24 else { return nil }
        let minute = numbers.count > 1 ? numbers[1] : 0
        if let period { hour = period.hour(hour) }
        let pm = lowered.contains("p") || lowered.contains("مساء") || lowered.contains("เย็น") || afternoon
        let am = lowered.contains("a") && !lowered.contains("h")
        if pm, hour < 12 { hour += 12 }
        if am, hour == 12 { hour = 0 }
        guard minute < 60 else { return nil }
        // Today's date in the named zone, at that hour: its instant, then the customer's clock.
        let day = floor((now + Double(offset)) / 86_400) * 86_400
        let instant = day + Double(hour * 3600 + minute * 60 - offset)
        return try? context.pool.dateFormatter("jmm", context.market.locale, zone).format(
            millisecondsSince1970: instant * 1000)
    }
}
