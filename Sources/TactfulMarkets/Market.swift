import TactfulICU

/// A customer's market: the language, script and region a reply is written for, and the conventions CLDR
/// records for it. Everything downstream (packs, formats, holidays, clocks) is driven from here.
public struct Market: Hashable, Sendable {
    /// The market's tag, e.g. `de-AT`, `zh-HK`, `en-US` (the script appears only when not the region's default).
    public let tag: String
    /// What the caller asked for, as given (`pt_BR`, `JP`, an `Accept-Language` header).
    public let requested: String
    /// ICU's maximal identifier, e.g. `zh_Hant_HK`.
    public let locale: ICU.LocaleID
    /// ISO 639 language code (`zh`).
    public let language: String
    /// ISO 15924 script code (`Hant`).
    public let script: String
    /// ISO 3166 region code or UN M.49 area (`HK`).
    public let region: String
    /// ISO 4217 currency in use in the region (`HKD`).
    public let currency: String
    /// Metric, US or UK measurement conventions.
    public let measurementSystem: ICU.MeasurementSystem
    /// The region's preferred hour cycle.
    public let hourCycle: ICU.HourCycle
    /// First day of the week.
    public let firstWeekday: Weekday
    /// Weekend days, in week order starting Sunday.
    public let weekend: [Weekday]
    /// The region's IANA time zones (canonical names of the system tzdata where it has them).
    public let timeZones: [String]
    /// The packs this market uses, most specific first, ending with `root` (e.g. `zh-HK`, `zh-Hant`, `root`).
    public let chain: [String]

    /// True when the market's clock is 24-hour.
    public var uses24HourClock: Bool { !hourCycle.is12Hour }

    /// The market's name in a UI language, e.g. "German (Austria)".
    public func displayName(in uiLanguage: ICU.LocaleID = ICU.LocaleID.english) -> String {
        ((try? ICU.LocaleID(tag: tag)) ?? locale).displayName(in: uiLanguage)
    }
}

/// A day of the week, named as in CLDR (`sun` … `sat`).
public enum Weekday: String, CaseIterable, Sendable, Codable, Comparable {
    case sun, mon, tue, wed, thu, fri, sat

    /// The weekday for ICU's numbering, 1 = Sunday … 7 = Saturday.
    public init?(icuNumber: Int) {
        guard (1...7).contains(icuNumber) else { return nil }
        self = Weekday.allCases[icuNumber - 1]
    }

    /// ICU's numbering, 1 = Sunday … 7 = Saturday.
    public var icuNumber: Int { Weekday.allCases.firstIndex(of: self)! + 1 }

    /// Orders days as the run they form in the week: [sun, sat] → [sat, sun]; [fri, sat] stays.
    static func contiguousRun(_ days: [Weekday]) -> [Weekday] {
        let set = Set(days)
        guard let start = days.first(where: { !set.contains(Weekday(icuNumber: ($0.icuNumber + 5) % 7 + 1)!) }) else {
            return days.sorted()
        }
        return (0..<7).map { Weekday(icuNumber: (start.icuNumber - 1 + $0) % 7 + 1)! }.filter(set.contains)
    }

    /// Orders by ICU's numbering, Sunday first.
    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.icuNumber < rhs.icuNumber }
}

extension ICU.LocaleID {
    /// English, the default UI language for names and messages.
    public static let english = try! ICU.LocaleID(tag: "en")
}
