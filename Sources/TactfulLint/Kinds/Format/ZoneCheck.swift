import Foundation
import TactfulData
import TactfulICU
import TactfulTime

/// A clock time with no zone ("we'll call you at 4pm", "明後日の10時") where the customer cannot tell whose 4pm it is:
/// in a reply from a team whose clock differs from the customer's (a team zone from `team: {timezone: …}` in
/// `.tactful.yml`, `--team-zone`, `teamTimeZone` in the API; a market with several zones differs only when none of
/// them shares the team's offset now), or, with no team zone, to a customer whose country itself keeps three or
/// more clocks (the US, Canada, Australia, Mexico, Brazil, Indonesia — read from the IANA zones of the region, so
/// Spain and Portugal with one island zone, or China with Xinjiang's, do not count), or where the time's sentence
/// (else the sign-off) names the team's place on another clock ("our team in Shenzhen will call you at 3pm",
/// "Customer Care, Shenzhen office": ``TeamPlaces``). A time in
/// a clause about the delivery ("it will arrive before 14:00") is the customer's own and stays clean
/// (`Glossaries/time/local-times.yml`) unless the clause is the team phoning the customer ("our team will call you at
/// 4pm to rebook the delivery": `Glossaries/time/team-calls.yml`), and so does a range whose end names the zone ("9 am
/// to 5 pm AEST"). The suggestion names the customer's zone as ICU writes it in the market's language ("4pm (Eastern
/// Time)").
enum ZoneCheck {
    /// A time of day: "4pm", "4:30 p.m.", "16:00", "16h30", French Canada's "20 h" / "20 h 30" (OQLF, Banque de
    /// dépannage linguistique, "Écriture de l'heure"; an hour 0–23, not a duration after "sous", "dans", "en",
    /// "pendant"), "10時", "10点", "10시", and Indonesian "jam 10.00" / "pukul 14.30" (CLDR's time separator for `id`
    /// is a dot; after the word for "o'clock" it is never a number), an hour after Italian "alle" / "dalle",
    /// Portuguese "às" or Spanish "a las" / "hasta las" / "desde las" ("alle 15", "às 10", "a las 10": the article
    /// before an hour),
    /// Arabic "10 صباحًا" / "6 مساءً" / "3 عصرًا" / "12 ظهرًا" (morning, evening, afternoon, noon: Hans Wehr), Thai
    /// "10.00 น." (นาฬิกา, o'clock), and an hour with German
    /// "Uhr" or Dutch "uur" ("um 17 Uhr", "om 17 uur").
    static let clockTime = RegexSource(
        #"\d{1,2}(?::[0-5]\d)?\s?[ap]\.?\s?m(?![A-Za-z])|\d{1,2}:[0-5]\d(?![\d:])|(?<!\b(?:sous|dans|en|pendant|durant|in|within)\s)(?:[01]?\d|2[0-3])\s?h(?:\s?[0-5]\d)?\b|\d{1,2}\s(?:Uhr|uur)\b|\d{1,2}\s?(?:時|时|点|點|시)(?:半|[0-5]?\d分)?|(?<=\b(?:jam|pukul)\s)\d{1,2}(?:\.[0-5]\d)?(?!\d|[.,:]\d)|(?<=\b(?:alle|dalle)\s|\bàs\s|\b(?:a|hasta|desde)\slas\s)(?:[01]?\d|2[0-4])(?![\d%]|[.,:]\d|\s?(?:%|€))|\d{1,2}\s?โมง(?:เช้า|เย็น)?|\d{1,2}(?:[:.][0-5]\d)?\s(?:صباحًا|صباحاً|صباحا|مساءً|مساءا|مساء|عصرًا|عصراً|عصرا|ظهرًا|ظهراً|ظهرا)|\d{1,2}\.[0-5]\d(?=\s?น\.)"#,
        ignoresCase: true)

    /// Words after a time that say whose time it is (beside the zone names ICU gives).
    private static let zoneCues = [
        "your time", "local time", "our time", "Ortszeit", "Ihrer Zeit", "heure locale", "heure de", "hora local",
        "ora locale", "lokale tijd", "czasu", "現地時間", "日本時間", "当地时间", "當地時間", "北京时间", "北京時間", "현지 시간",
        "한국 시간", "เวลาท้องถิ่น", "بتوقيت", "waktu setempat", "WIB", "hora de",
        "horário de", "horário local", "horario del", "hora oficial", " time", "zeit", "heure", "時間", "时间", "시간",
    ]

    static func findings(_ info: RuleInfo, _ context: LintContext) throws(LintError) -> [Finding] {
        // The zones' offsets are compared once an hour per team and market, not for every draft.
        let hour = Int(Date().timeIntervalSince1970 / 3600)
        let zones = context.market.timeZones
        if let team = context.teamZone {
            guard
                context.pool.fact(
                    "zone-differs|\(team)|\(context.market.tag)|\(hour)", { differs(team: team, market: zones) })
            else { return [] }
        }
        guard mayHoldClockTime(context.document.utf16) else { return [] }
        let times = try FormatSupport.matches(clockTime, in: context)
        // The zones' names take an ICU date formatter per zone, and their spread a zone object per zone (some 29 in
        // the US, 1.65M instructions, a fortieth of a one-draft lint): read only for a draft that states a time.
        guard !times.isEmpty else { return [] }
        // With neither a team zone nor a customer's country of several clocks, a time is reported only where its
        // sentence names the team's place abroad ("our team in Shenzhen will call you at 3pm").
        let placed =
            context.teamZone == nil
            && !context.pool.fact("zone-spread|\(context.market.tag)|\(hour)", { spansSeveralClocks(zones) })
        let document = context.document
        let names = zoneNames(context)
        let name = names.first ?? context.market.region
        let local = localTimeCues[context.market.language]
        let teamCalls = teamCallCues[context.market.language]
        return times.compactMap { range in
            if range.lowerBound > 0, let before = Unicode.Scalar(document.utf16[range.lowerBound - 1]),
                before.properties.numericType != nil || before == ":" || before == "." || before == "/"
            {
                return nil
            }
            let after = document.string(range.upperBound..<min(document.utf16.count, range.upperBound + 48))
            if namesAZone(after, zoneNames: names) { return nil }
            if let local {
                let clause = document.string(document.clause(containing: range.lowerBound))
                if local.occurs(in: clause), teamCalls?.occurs(in: clause) != true { return nil }
            }
            let text = document.string(range)
            var place: TeamPlace? = nil
            if placed {
                place = foreignPlace(around: range, context)
                guard place != nil else { return nil }
            }
            let message = message(
                for: text, zoneName: name, team: context.teamZone ?? place?.name, region: context.market.region,
                context.uiLanguage)
            let fixes = names.prefix(4).map {
                Fix(replacement: "\(text) (\($0))", description: "Name the customer's zone: \($0)", safe: false)
            }
            return context.finding(info, range, fixes: Array(fixes), message: message)
        }
    }

    private static func message(for time: String, zoneName: String, team: String?, region: String, _ ui: UILanguage)
        -> String
    {
        switch (team, ui) {
        case (let team?, .zhHans): "这个时间没有写明时区，而你们团队（\(team)）与客户不在同一时区；请写明是谁的时间，例如“\(time)（\(zoneName)）”。"
        case (let team?, _):
            "This time has no zone, and your team (\(team)) keeps a different clock from the customer's: say whose time it is, e.g. “\(time) (\(zoneName))”."
        case (nil, .zhHans): "这个时间没有写明时区，而客户所在的国家或地区（\(region)）跨越多个时区；请写明是哪个时区的时间，例如“\(time)（\(zoneName)）”。"
        case (nil, _):
            "This time has no zone, and the customer's country (\(region)) spans several time zones: say whose time it is, e.g. “\(time) (\(zoneName))”."
        }
    }

    /// The first place named in the time's sentence — or, when it names none, in the sign-off, which says where the
    /// team is ("Customer Service (Guangzhou office)") — whose zones all keep another clock than every zone of the
    /// customer's market now; nil when there is none. A place inside a zone's name ("Beijing time", "北京时间",
    /// "hora de Pekín") is the foreign-zone check's case, not a place; nor is a time with a zone's name right before it
    /// ("베이징 시간 오전 9시").
    private static func foreignPlace(around time: Range<Int>, _ context: LintContext) -> TeamPlace? {
        let document = context.document
        let market = context.market
        let places = { (text: String) in
            TeamPlaces.occurrences(in: text, locale: market.locale, language: market.language, pool: context.pool)
        }
        // The text searched: the time's sentence, else the sign-off lines.
        var sentence = document.string(document.sentence(containing: time.lowerBound))
        var occurrences = places(sentence)
        if occurrences.isEmpty {
            sentence = (0..<document.lineCount).filter { document.scopes.lineScope(at: $0) == .signoff }
                .map { document.string(document.lineRange($0)) }.joined(separator: "\n")
            occurrences = places(sentence)
        }
        guard !occurrences.isEmpty else { return nil }
        let vocabulary = ZoneVocabulary.of(market.locale, pool: context.pool)
        let line = document.lineRange(document.lineIndex(of: time.lowerBound))
        let before = document.string(max(line.lowerBound, time.lowerBound - 20)..<time.lowerBound)
        if vocabulary.trailing(before[...]) != nil { return nil }
        let now = Date().timeIntervalSince1970
        let customer = Set(market.timeZones.compactMap { (try? ZoneRules(identifier: $0))?.offset(at: now) })
        return occurrences.first { place, range in
            if vocabulary.leading(sentence[range.lowerBound...]) != nil
                || vocabulary.trailing(sentence[..<range.upperBound]) != nil
            {
                return false
            }
            let offsets = Set(place.zones.compactMap { (try? ZoneRules(identifier: $0))?.offset(at: now) })
            return !offsets.isEmpty && offsets.isDisjoint(with: customer)
        }?.place
    }

    /// True when the region's zones keep three or more offsets now (a continent-wide country, not one with an
    /// island or a province on another clock).
    static func spansSeveralClocks(_ zones: [String]) -> Bool {
        let now = Date().timeIntervalSince1970
        return Set(zones.compactMap { (try? ZoneRules(identifier: $0))?.offset(at: now) }).count >= 3
    }

    /// Per language, the words that make a time the customer's own (`Glossaries/time/local-times.yml`).
    private static let localTimeCues = cues(at: "Glossaries/time/local-times.yml")

    /// Per language, the words of the team phoning or contacting the customer, which keep a time on the team's clock
    /// even in a clause about the delivery (`Glossaries/time/team-calls.yml`).
    private static let teamCallCues = cues(at: "Glossaries/time/team-calls.yml")

    /// A glossary of cue words per language (language → words), each language's list matched by whole words or, for
    /// the languages written without spaces, as substrings.
    private static func cues(at path: String) -> [String: CueList] {
        guard let text = BuiltInData.text(at: path), let file = try? YAMLMap.parse(text, path: path) else { return [:] }
        var cues: [String: CueList] = [:]
        for (language, _) in file.entries {
            guard let words = try? file.strings(language) else { continue }
            cues[language] = CueList(words, bySpaces: !LanguageCues.unspaced.contains(language))
        }
        return cues
    }

    /// Words joining a time range's two ends ("9 am to 5 pm", "9:00–18:00", "9時から18時").
    private static let rangeConnectors = [
        "to", "and", "until", "till", "through", "bis", "à", "a", "al", "até", "tot", "do",
        "-", "–", "—", "~", "〜", "～", "至", "到", "から",
    ]

    /// What follows a range's second time ("to 5 pm AEST" → " AEST"), or nil when `text` does not continue a range.
    private static func afterRangeEnd(_ text: Substring) -> Substring? {
        for connector in rangeConnectors where text.hasPrefix(connector) {
            var rest = text.dropFirst(connector.count)
            if connector.first?.isLetter == true, rest.first?.isLetter == true { continue }
            rest = rest.drop { $0 == " " || $0 == "\u{A0}" }
            guard rest.first?.isNumber == true else { continue }
            rest = rest.drop { $0.isNumber || $0 == ":" }.drop { $0 == " " }
            for marker in ["a.m.", "p.m.", "a.m", "p.m", "am", "pm", "uhr", "h", "時", "时", "点", "點", "시"]
            where rest.lowercased().hasPrefix(marker) {
                rest = rest.dropFirst(marker.count)
                break
            }
            return rest
        }
        return nil
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
        return zones.allSatisfy { zone in
            ((try? ZoneRules(identifier: zone))?.offset(at: now)).map { $0 != offset } ?? true
        }
    }

    /// True when the text right after a time names a zone: an abbreviation (UTC, CET, PST, GMT+8), a bracket, one of
    /// the customer's zone names, or a word for "time" ("Eastern Time", "your time", "Ortszeit", "日本時間").
    private static func namesAZone(_ after: String, zoneNames: [String]) -> Bool {
        // "5 p.m. ET": the match ends before the abbreviation's full stop.
        let trimmed = after.drop { $0 == " " || $0 == "\u{A0}" || $0 == "." }
        // "9 am to 5 pm AEST": the zone named after the range's end covers its start.
        if let rest = afterRangeEnd(trimmed), namesAZone(String(rest), zoneNames: zoneNames) { return true }
        if trimmed.hasPrefix("(") || trimmed.hasPrefix("（") { return true }
        let word = trimmed.prefix { $0.isLetter || $0 == "+" || $0.isNumber }
        if word.count >= 2, word.count <= 6, word.first?.isUppercase == true,
            word.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "+" })
        {
            return true
        }
        let lowered = trimmed.lowercased()
        if zoneNames.contains(where: { lowered.hasPrefix($0.lowercased()) }) { return true }
        let phrase = phraseRightAfter(lowered)
        return zoneCues.contains { phrase.contains($0.lowercased()) }
    }

    /// The words that can still qualify a time: the text after it up to the end of its clause, at most four words
    /// ("4pm Central European Time", "9 Uhr deutscher Zeit") or eight characters in a language written without
    /// spaces ("6시 한국 시간"), so a later "delivery time" or "Zeitfenster" is not read as the time's zone.
    private static func phraseRightAfter(_ text: String) -> Substring {
        let clause = text.prefix { !".;!?\n。！？".contains($0) }
        guard clause.contains(" ") else { return clause.prefix(8) }
        var words = 0
        var end = clause.startIndex
        for index in clause.indices
        where clause[index] == " " && index > clause.startIndex
            && clause[clause.index(before: index)] != " "
        {
            words += 1
            end = index
            if words == 4 { return clause[..<end] }
        }
        return clause
    }
}
