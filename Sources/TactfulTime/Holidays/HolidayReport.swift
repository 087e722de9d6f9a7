/// A market's holidays and make-up workdays over a year or a date range: the JSON of
/// `tactful holidays --format json` and of `GET /v1/holidays`. Fields are only ever added.
public struct HolidayReport: Codable, Sendable {
    /// One day off.
    public struct Entry: Codable, Sendable {
        /// `YYYY-MM-DD`.
        public let date: String
        /// The name in the report's language.
        public let name: String
        /// True for an observed or substitute day off.
        public let observed: Bool
        /// True when the date is computed ahead of an announcement.
        public let estimated: Bool
        /// The law, decree or official calendar the rule comes from.
        public let source: String
        /// The date as a customer should read it, in the report's language: "expected on 9 March 2027" for an
        /// estimate, "on 26 January 2027" otherwise (nil when the language has no locale for the market).
        public let dateText: String?
    }

    /// One make-up working day (China's 调休).
    public struct Workday: Codable, Sendable {
        /// `YYYY-MM-DD`.
        public let date: String
        /// The name in the report's language.
        public let name: String
        /// Where the day is announced.
        public let source: String
    }

    /// The calendar's market (a region code).
    public let market: String
    /// The year, when a whole year was asked for.
    public let year: Int?
    /// The range's first day, when a range was asked for.
    public let from: String?
    /// The range's last day, when a range was asked for.
    public let to: String?
    /// The language of the names.
    public let language: String
    /// Days off, in date order.
    public let holidays: [Entry]
    /// Make-up working days, in date order.
    public let workdays: [Workday]

    /// The report of `list`, with names in `language`.
    public init(market: String, year: Int?, from: String?, to: String?, language: String, list: HolidayList) {
        self.market = market
        self.year = year
        self.from = from
        self.to = to
        self.language = language
        let phrasing = HolidayDatePhrasing.forReport(language: language, region: market)
        holidays = list.holidays.map {
            Entry(
                date: $0.date.description, name: $0.name(in: language), observed: $0.observed, estimated: $0.estimated,
                source: $0.source, dateText: try? phrasing?.text(for: $0, currentYear: Int.min))
        }
        workdays = list.workdays.map {
            Workday(date: $0.date.description, name: $0.name(in: language), source: $0.source)
        }
    }
}
