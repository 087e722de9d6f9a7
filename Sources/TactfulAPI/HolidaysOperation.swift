import TactfulMarkets
import TactfulTime

/// `GET /v1/holidays?market=DE&year=2026` (or `from=…&to=…`, `uiLanguage=en`): a market's holidays.
public struct HolidaysRequest: Codable, Sendable {
    /// A region (DE, CN) or a locale tag (de-DE, zh-HK).
    public var market: String
    /// The Gregorian year (default: the current year).
    public var year: Int?
    /// First date of a range, `YYYY-MM-DD` (with `to`).
    public var from: String?
    /// Last date of a range, `YYYY-MM-DD` (with `from`).
    public var to: String?
    /// Language of the names (default: the market's).
    public var uiLanguage: String?

    /// A request for `market`.
    public init(market: String, year: Int? = nil, from: String? = nil, to: String? = nil, uiLanguage: String? = nil) {
        self.market = market
        self.year = year
        self.from = from
        self.to = to
        self.uiLanguage = uiLanguage
    }
}

extension TactfulEngine {
    /// The longest range of dates one request may ask for (ten years).
    public static let longestHolidayRange = 3_660

    /// The holidays `tactful holidays --format json` lists; `today` fills in the year when none is given.
    public func holidays(_ request: HolidaysRequest, today: LocalDate) throws(FieldError) -> HolidayReport {
        let region = try holidayRegion(request.market)
        let calendar: HolidayCalendar
        do { calendar = try HolidayCalendar.builtIn(region) } catch { throw FieldError("market", "\(error)") }
        let range = try Self.dates(request, today: today)
        let list: HolidayList
        do { list = try calendar.list(from: range.lowerBound, through: range.upperBound) } catch {
            throw FieldError(request.from == nil ? "year" : "from", "\(error)")
        }
        return HolidayReport(
            market: calendar.market, year: request.from == nil ? range.lowerBound.year : nil,
            from: request.from == nil ? nil : range.lowerBound.description,
            to: request.from == nil ? nil : range.upperBound.description,
            language: request.uiLanguage ?? calendar.language, list: list)
    }

    private func holidayRegion(_ market: String) throws(FieldError) -> String {
        let isRegion = market.count == 2 && market.allSatisfy { $0.isASCII && $0.isLetter }
        if isRegion { return market.uppercased() }
        do { return try linters.market(for: market).region } catch { throw FieldError("market", "\(error)") }
    }

    private static func dates(_ request: HolidaysRequest, today: LocalDate) throws(FieldError)
        -> ClosedRange<LocalDate>
    {
        switch (request.year, request.from, request.to) {
        case (nil, let from?, let to?):
            guard let start = LocalDate(iso: from) else {
                throw FieldError("from", "'\(from)' is not a date like 2026-01-01")
            }
            guard let end = LocalDate(iso: to) else { throw FieldError("to", "'\(to)' is not a date like 2026-12-31") }
            guard start <= end else { throw FieldError("to", "\(to) is before from \(from)") }
            guard end.dayNumber - start.dayNumber < longestHolidayRange else {
                throw FieldError("to", "the range is longer than \(longestHolidayRange) days")
            }
            return start...end
        case (_, nil, nil):
            let year = request.year ?? today.year
            guard (1900...2200).contains(year), let start = LocalDate(year: year, month: 1, day: 1),
                let end = LocalDate(year: year, month: 12, day: 31)
            else { throw FieldError("year", "\(year) is outside 1900–2200") }
            return start...end
        case (.some, _, _):
            throw FieldError("year", "give either year or from and to")
        case (nil, nil, _):
            throw FieldError("from", "is required with to")
        case (nil, _, nil):
            throw FieldError("to", "is required with from")
        }
    }
}
