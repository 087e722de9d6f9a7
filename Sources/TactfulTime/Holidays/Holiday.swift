/// A day off in a market's calendar: a public holiday, or an observed / substitute / announced day off.
public struct Holiday: Hashable, Sendable {
    /// The local date.
    public let date: LocalDate
    /// The name by language (`de`, `en`, …); the market's language and English are always present.
    public let names: [String: String]
    /// True for a day off that stands in for a holiday (observed Friday/Monday, substitute day, 调休 day off).
    public let observed: Bool
    /// True when the date is computed and the official one may differ (moon sighting, solar term near midnight).
    public let estimated: Bool
    /// Where the rule or the date comes from (a law, an official notice).
    public let source: String

    /// The name in `language`, else in English, else any.
    public func name(in language: String) -> String {
        names[language] ?? names["en"] ?? names.values.sorted().first ?? ""
    }
}

/// A make-up working day: a weekend day worked to bridge a holiday (China's 调休).
public struct MakeUpWorkday: Hashable, Sendable {
    /// The local date.
    public let date: LocalDate
    /// The name by language.
    public let names: [String: String]
    /// The official notice announcing it.
    public let source: String

    /// The name in `language`, else in English.
    public func name(in language: String) -> String { names[language] ?? names["en"] ?? "" }
}

/// The holidays and make-up workdays of a market in a span of dates, sorted by date.
public struct HolidayList: Sendable {
    /// Days off, by date (two holidays on one date are two entries).
    public var holidays: [Holiday]
    /// Make-up working days, by date.
    public var workdays: [MakeUpWorkday]
}

/// A date on which a market's data knowingly differs from an independent reference, recorded in the data file.
public struct KnownDisagreement: Hashable, Sendable {
    /// The date.
    public let date: LocalDate
    /// True when Tactful lists a day off there that the reference does not; false for the reverse.
    public let tactfulLists: Bool
    /// Why they differ.
    public let reason: String
}
