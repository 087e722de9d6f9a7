import TactfulMarkets

/// One holiday of a market's calendar as written in `Glossaries/holidays/<REGION>.yml`: its names, the rule
/// giving its date, how many days it lasts, the years it applies, and how it is observed on a weekend.
struct HolidayDefinition: Sendable {
    /// Names by language.
    let names: [String: String]
    /// The rule giving the first day.
    let rule: any DateRule
    /// Consecutive days off from the first (Spring Festival: 4; Eid al-Fitr in Saudi Arabia: 4).
    let span: Int
    /// The Gregorian years the rule applies in.
    let years: ClosedRange<Int>
    /// Applies only every that many years counting from the first (the Netherlands' Liberation Day: every 5).
    let every: Int
    /// Officially announced dates that replace the computed one in their year (moon sighting, yearly gazettes).
    let announced: [Int: [LocalDate]]
    /// How a day falling on a weekend or on another holiday is made up, if at all.
    let substitution: Substitution?
    /// True when the official date is fixed by announcement even though the rule computes it.
    let alwaysEstimated: Bool
    /// Where the rule comes from.
    let source: String

    /// True when the definition applies in a Gregorian year.
    func applies(in year: Int) -> Bool { years.contains(year) && (year - years.lowerBound) % every == 0 }

    /// The first days of the holiday in a year: the announced dates where there are some, else the rule's.
    func dates(in year: Int, context: RuleContext) throws(TimeError) -> [RuleDate] {
        if let dates = announced[year] { return dates.map { RuleDate(date: $0, estimated: false) } }
        return try rule.dates(in: year, context: context)
    }
}

/// How a holiday that falls on a weekend (or on another holiday) is made up.
enum Substitution: Sendable {
    /// Each day of the holiday falling on one of `weekdays`, or with `clash` on a date an earlier holiday already
    /// holds, adds one day off: the first day after the holiday that is neither a day off nor one of `skip`
    /// (UK substitute days, Japan's 振替休日, Korea's 대체공휴일, Hong Kong's "day following").
    case nextFreeDay(on: Set<Weekday>, clash: Bool, skip: Set<Weekday>, names: [String: String]?)
    /// A holiday on one of these weekdays is also observed that many days away, moving on past days off and the
    /// listed weekdays (US federal holidays: Saturday → the Friday before, Sunday → the Monday after, 5 U.S.C.
    /// 6103(b); Taiwan: Sunday → the next working day); with `clash`, a holiday on a
    /// date an earlier holiday holds is observed `clash` days away (Taiwan's Children's Day: the day before); with
    /// `moves`, the holiday leaves its own date (the Netherlands' Koningsdag on a Sunday moves to the Saturday).
    case shift([Weekday: Int], clash: Int?, moves: Bool, names: [String: String]?)
}

/// An officially announced one-off change: an extra day off, or a make-up working day.
struct DatedChange: Sendable {
    /// What the change does.
    enum Kind: Sendable {
        case dayOff(observed: Bool)
        case workday
    }

    let date: LocalDate
    let kind: Kind
    let names: [String: String]
    let source: String
}

/// Japan's 国民の休日: a day between two holidays becomes one.
struct BridgeDayRule: Sendable {
    let names: [String: String]
    let source: String
}
