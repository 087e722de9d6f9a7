import TactfulData

/// A market's public holidays, valid for any year: rules from `Glossaries/holidays/<REGION>.yml` expanded per
/// year with their observance rules, plus officially announced one-off changes (extra days off, make-up workdays).
///
/// Expanded years are cached behind a lock; everything else is immutable.
public final class HolidayCalendar: WorkingDayCalendar, Sendable {
    /// The market's region code, e.g. `CN`.
    public let market: String
    /// The language of the market's holiday names, e.g. `zh`.
    public let language: String
    /// The zone whose local dates decide astronomical holidays.
    public let zone: ZoneRules
    /// Dates on which this calendar knowingly differs from a reference (python-holidays), with the reason.
    public let knownDisagreements: [KnownDisagreement]
    private let expansion: HolidayExpansion
    private let years = LockedCache<Int, HolidayList>()

    init(
        market: String, language: String, zone: ZoneRules, expansion: HolidayExpansion,
        knownDisagreements: [KnownDisagreement]
    ) {
        self.market = market
        self.language = language
        self.zone = zone
        self.expansion = expansion
        self.knownDisagreements = knownDisagreements
    }

    /// The built-in calendar of a market by region code (`DE`, `CN`); throws for one Tactful has no data for.
    public static func builtIn(_ market: String) throws(TimeError) -> HolidayCalendar {
        let region = market.uppercased()
        return try builtInCache.value(for: region) { () throws(TimeError) in
            let path = "Glossaries/holidays/\(region).yml"
            guard let text = BuiltInData.text(at: path) else { throw .unknownMarket(market, known: builtInMarkets) }
            return try HolidayCalendar(yaml: text, path: path)
        }
    }

    /// The region codes with a built-in calendar, sorted.
    public static var builtInMarkets: [String] {
        BuiltInData.files(under: "Glossaries/holidays").map {
            String($0.path.split(separator: "/").last?.split(separator: ".").first ?? "")
        }
    }

    private static let builtInCache = LockedCache<String, HolidayCalendar>()

    /// The holidays and make-up workdays of a Gregorian year.
    public func list(for year: Int) throws(TimeError) -> HolidayList {
        try years.value(for: year) { () throws(TimeError) in try expansion.list(for: year) }
    }

    /// The holidays and make-up workdays between two dates, both included.
    public func list(from start: LocalDate, through end: LocalDate) throws(TimeError) -> HolidayList {
        var result = HolidayList(holidays: [], workdays: [])
        guard start <= end else { return result }
        for year in start.year...end.year {
            let list = try list(for: year)
            result.holidays += list.holidays.filter { $0.date >= start && $0.date <= end }
            result.workdays += list.workdays.filter { $0.date >= start && $0.date <= end }
        }
        return result
    }

    /// The dates of a year that close a team following this calendar.
    public func daysOff(in year: Int) throws(TimeError) -> Set<LocalDate> {
        Set(try list(for: year).holidays.map(\.date))
    }

    /// The make-up working days of a year.
    public func makeUpWorkdays(in year: Int) throws(TimeError) -> Set<LocalDate> {
        Set(try list(for: year).workdays.map(\.date))
    }
}
