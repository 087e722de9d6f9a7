import Foundation
import TactfulData
import TactfulICU
import TactfulMarkets
import TactfulTime

/// The names a reply may give a time zone after or before a clock time, each with the UTC offsets it stands for now:
/// ICU's names (CLDR: long and short, standard, daylight and generic) of every market's zones in English and the
/// market's language, `GMT+8` / `UTC−5` offsets, and the names of `Glossaries/time/zone-aliases.yml` ("北京时间", "CET").
/// Built once per market language, when a draft first holds a time followed or preceded by something that may be one.
struct ZoneVocabulary: Sendable {
    /// What a name may stand for: the UTC offsets (seconds, now) of its zones, and the zones (IANA identifiers), to
    /// tell a market's own zone from another country's at the same offset ("AWST" is Perth's; "Beijing time" is not,
    /// though Perth keeps the same offset).
    private struct Meaning {
        var offsets: Set<Int> = []
        var zones: Set<String> = []
    }

    /// Name → what it may stand for. Upper-case abbreviations match as written, other names ignoring case.
    private let meanings: [String: Meaning]
    /// The names, longest first, by their first and by their last character (lowercased): a candidate is compared
    /// only with the names that could match it.
    private let byFirst: [Character: [String]]
    private let byLast: [Character: [String]]

    /// The zone name at the start of `text` (after spaces, an opening bracket or a comma: "alle 16:00, ora di
    /// Pechino"), with its offsets, or a `GMT+8` / `UTC-05:00` offset; nil when `text` starts with none.
    func leading(_ text: Substring) -> (name: String, offsets: Set<Int>, zones: Set<String>)? {
        var rest = Self.pastClockWord(text.drop(while: Self.beforeAName))
        if let offset = Self.utcOffset(rest) { return (offset.name, offset.offsets, []) }
        // "according to" before the name: Thai ตาม (ตามเวลาปักกิ่ง), Arabic's clitic ب (بتوقيت بكين).
        if rest.hasPrefix("ตาม") {
            rest = rest.dropFirst(3)
        } else if rest.hasPrefix("بتوقيت") {
            rest = rest.dropFirst()
        }
        guard let first = rest.first else { return nil }
        for name in byFirst[first.lowercased().first!] ?? [] {
            guard let end = Self.prefixEnd(of: name, in: rest) else { continue }
            if end < rest.endIndex, rest[end].isLetter, name.last?.isCased == true { continue }
            return (name, meanings[name]?.offsets ?? [], meanings[name]?.zones ?? [])
        }
        return nil
    }

    /// The zone name at the end of `text` ("北京时间15:00": the name before the time), or nil.
    func trailing(_ text: Substring) -> (name: String, offsets: Set<Int>, zones: Set<String>)? {
        var trimmed = String(text.reversed().drop { $0 == " " || $0 == "\u{A0}" }.reversed())
        // A particle or a half-day word may stand between the name and the time: "北京時間の15時", "베이징 시간 기준 오후
        // 3시", "北京时间下午3点".
        for _ in 0..<2 {
            guard let connector = Self.connectors.first(where: { trimmed.hasSuffix($0) }) else { break }
            trimmed = String(
                trimmed.dropLast(connector.count).reversed().drop { $0 == " " || $0 == "\u{A0}" }.reversed())
        }
        let lowered = trimmed.lowercased()
        guard let last = lowered.last else { return nil }
        for name in byLast[last] ?? [] {
            let abbreviation = name.allSatisfy { $0.isUppercase || !$0.isLetter }
            guard abbreviation ? trimmed.hasSuffix(name) : lowered.hasSuffix(name) else { continue }
            let start = trimmed.index(trimmed.endIndex, offsetBy: -name.count)
            if start > trimmed.startIndex, trimmed[trimmed.index(before: start)].isLetter, name.first?.isCased == true {
                continue
            }
            return (name, meanings[name]?.offsets ?? [], meanings[name]?.zones ?? [])
        }
        return nil
    }

    /// What may stand between a zone name and the time after it: Japanese の / で, Korean 기준(으로), and the half-day
    /// words before a time in Japanese, Korean and Chinese (午後, 오후, 下午 …).
    private static let connectors = [
        "기준으로", "기준", "の", "で", "午後", "午前", "오후", "오전", "下午", "上午", "晚上", "早上", "中午",
    ]

    /// What may stand between a clock time and the zone named after it: spaces, an opening bracket, a comma.
    static func beforeAName(_ character: Character) -> Bool {
        " \u{A0}(（,，".contains(character)
    }

    /// `text` past a clock word and the spaces and bracket after it: German, Dutch and Thai write one after the time
    /// ("15:00 Uhr MEZ", "15.00 uur CET", "10:00 น. ตามเวลาปักกิ่ง"), Indonesian a word for the part of the day ("jam 9
    /// pagi waktu Beijing").
    static func pastClockWord(_ text: Substring) -> Substring {
        let words = ["Uhr ", "uur ", "h ", "น. ", "pagi ", "siang ", "sore ", "malam "]
        guard let word = words.first(where: { text.hasPrefix($0) }) else { return text }
        return text.dropFirst(word.count).drop { $0 == " " || $0 == "(" || $0 == "（" }
    }

    /// The vocabulary for drafts in `language` (the market's locale), built once.
    static func of(_ locale: ICU.LocaleID, pool: ICUPool) -> ZoneVocabulary {
        pool.fact("zone-vocabulary|\(locale.identifier)") { ZoneVocabulary(locale: locale, pool: pool) }
    }

    private init(locale: ICU.LocaleID, pool: ICUPool) {
        let now = Date().timeIntervalSince1970
        // One zone per market and offset (the US's Eastern, Central, Mountain, Pacific … but not each of its cities):
        // zones that share a market and an offset share their names.
        let resolver = MarketResolver()
        var zones: Set<String> = []
        for market in resolver.knownMarkets.compactMap({ try? resolver.resolve($0) }) {
            var seen: Set<Int> = []
            for zone in market.timeZones {
                guard let offset = (try? ZoneRules(identifier: zone))?.offset(at: now), seen.insert(offset).inserted
                else { continue }
                zones.insert(zone)
            }
        }
        let aliases = Self.aliases
        zones.formUnion(aliases.map(\.zone))
        let january = Self.instant(month: 1), july = Self.instant(month: 7)
        var table: [String: Meaning] = [:]
        func add(_ name: String, _ offset: Int, _ zone: String) {
            guard name.count >= 2, !name.hasPrefix("GMT+"), !name.hasPrefix("GMT-"), !name.hasPrefix("GMT−"),
                name.contains(where: \.isLetter)
            else { return }
            let key = name.allSatisfy({ $0.isUppercase || !$0.isLetter }) ? name : name.lowercased()
            table[key, default: Meaning()].offsets.insert(offset)
            table[key, default: Meaning()].zones.insert(zone)
        }
        // The market's language and English; the English abbreviations of other regions (EST, BST, AEST, IST) are
        // aliases, since ICU gives them only in those regions' English.
        let locales = [locale] + ((try? ICU.LocaleID(tag: "en")).map { [$0] } ?? [])
        for zone in zones {
            guard let rules = try? ZoneRules(identifier: zone) else { continue }
            let offset = rules.offset(at: now)
            for locale in locales {
                for (pattern, instants) in [("vvvv", [now]), ("zzzz", [january, july]), ("z", [january, july])] {
                    guard let formatter = try? ICU.DateFormatter(pattern: pattern, locale: locale, timeZone: zone)
                    else { continue }
                    for instant in instants {
                        if let name = try? formatter.format(millisecondsSince1970: instant * 1000) {
                            add(name, offset, zone)
                        }
                    }
                }
            }
        }
        for alias in aliases {
            guard let offset = (try? ZoneRules(identifier: alias.zone))?.offset(at: now) else { continue }
            alias.names.forEach { add($0, offset, alias.zone) }
        }
        meanings = table
        let names = table.keys.sorted { ($0.count, $0) > ($1.count, $1) }
        byFirst = Dictionary(grouping: names) { $0.first!.lowercased().first! }
        byLast = Dictionary(grouping: names) { $0.last!.lowercased().first! }
    }

    /// "GMT+8", "UTC−05:00", "UTC": the offset written.
    private static func utcOffset(_ text: Substring) -> (name: String, offsets: Set<Int>)? {
        guard text.hasPrefix("GMT") || text.hasPrefix("UTC") else { return nil }
        let body = text.dropFirst(3).prefix { $0.isNumber || "+-−:".contains($0) }
        let name = String(text.prefix(3 + body.count))
        guard let sign = body.first, "+-−".contains(sign) else {
            let next = text.dropFirst(3).first
            return next.map { $0.isLetter } == true ? nil : (name, [0])
        }
        let digits = body.dropFirst().split(separator: ":")
        guard let hours = digits.first.flatMap({ Int($0.prefix(2)) }) else { return nil }
        let minutes =
            digits.count > 1 ? Int(digits[1]) ?? 0 : (digits[0].count == 4 ? Int(digits[0].suffix(2)) ?? 0 : 0)
        let seconds = hours * 3600 + minutes * 60
        return (name, [sign == "+" ? seconds : -seconds])
    }

    /// Where `name` ends at the start of `text`: as written for an abbreviation, ignoring case otherwise.
    private static func prefixEnd(of name: String, in text: Substring) -> Substring.Index? {
        let abbreviation = name.allSatisfy { $0.isUppercase || !$0.isLetter }
        guard let end = text.index(text.startIndex, offsetBy: name.count, limitedBy: text.endIndex) else { return nil }
        let candidate = text[text.startIndex..<end]
        return (abbreviation ? candidate == name : candidate.lowercased() == name.lowercased()) ? end : nil
    }

    private static func instant(month: Int) -> Double {
        var components = DateComponents()
        (components.year, components.month, components.day) = (
            Calendar.current.component(.year, from: Date()), month, 15
        )
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components)?.timeIntervalSince1970 ?? Date().timeIntervalSince1970
    }

    /// The names of `Glossaries/time/zone-aliases.yml`.
    static let aliases: [(zone: String, names: [String])] = {
        let path = "Glossaries/time/zone-aliases.yml"
        guard let text = BuiltInData.text(at: path), let file = try? YAMLMap.parse(text, path: path),
            let entries = try? file.maps("aliases")
        else { return [] }
        return entries.compactMap { entry in
            guard let zone = try? entry.string("zone"), let names = try? entry.strings("names"),
                (try? entry.optionalString("source")) != nil
            else { return nil }
            return (zone, names)
        }
    }()
}
