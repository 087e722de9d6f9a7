import TactfulMarkets
import TactfulYAML

extension Schedule {
    /// The keys a schedule file may have.
    static let keys = ["timezone", "hours", "holidays", "workday", "closed", "open"]

    /// Reads a schedule in Tactful's YAML form (see the README); errors point into the file as `path:line:col`.
    ///
    /// - Parameters:
    ///   - text: the YAML text.
    ///   - path: the file name for error messages.
    ///   - holidayCalendar: looks up the market calendar named by `holidays:` (e.g. `CN`).
    public init(
        yaml text: String, path: String,
        holidayCalendar: (String) throws(TimeError) -> any WorkingDayCalendar
    ) throws(TimeError) {
        self = try TimeError.reading { () throws(PositionedError) in
            try Self.read(try YAMLNode.parse(text, path: path), holidayCalendar: holidayCalendar)
        }
    }

    /// Reads a schedule whose `holidays:` names one of Tactful's built-in market calendars.
    public init(yaml text: String, path: String) throws(TimeError) {
        try self.init(yaml: text, path: path, holidayCalendar: HolidayCalendar.builtIn)
    }

    private static func read(
        _ root: YAMLNode, holidayCalendar: (String) throws(TimeError) -> any WorkingDayCalendar
    ) throws(PositionedError) -> Schedule {
        let fields = try root.fields("a schedule", allowed: Self.keys)
        guard let zoneNode = fields["timezone"] else {
            throw root.error("a schedule needs 'timezone:' (e.g. Asia/Shanghai)")
        }
        guard let hoursNode = fields["hours"] else {
            throw root.error("a schedule needs 'hours:' (weekly opening hours)")
        }
        let zoneName = try zoneNode.string("timezone")
        let zone: ZoneRules
        do { zone = try ZoneRules(identifier: zoneName) } catch { throw zoneNode.error(error.description) }
        var calendar: (any WorkingDayCalendar)? = nil
        if let holidaysNode = fields["holidays"] {
            let market = try holidaysNode.string("holidays")
            do { calendar = try holidayCalendar(market) } catch { throw holidaysNode.error(error.description) }
        }
        return Schedule(
            zone: zone, weekly: try Self.weekly(hoursNode), holidays: calendar,
            makeUpWorkdayHours: try fields["workday"].map { node throws(PositionedError) in try Self.intervals(node) },
            closed: Set(try (fields["closed"]?.items("closed") ?? []).map(Self.date)),
            open: try fields["open"].map(Self.openings) ?? [:])
    }

    private static func weekly(_ node: YAMLNode) throws(PositionedError) -> [Weekday: [WallInterval]] {
        var weekly: [Weekday: [WallInterval]] = [:]
        let names = Weekday.allCases.map(\.rawValue)
        for (key, value) in try node.pairs("hours") {
            let name = try key.string("a weekday")
            guard let day = Weekday(rawValue: name) else {
                throw key.error("unknown weekday '\(name)' in hours (known: \(names.joined(separator: ", ")))")
            }
            guard weekly[day] == nil else { throw key.error("duplicate weekday '\(name)' in hours") }
            weekly[day] = try intervals(value)
        }
        return weekly
    }

    private static func intervals(_ node: YAMLNode) throws(PositionedError) -> [WallInterval] {
        try node.items("opening hours").map { item throws(PositionedError) in
            let text = try item.string("an interval")
            guard let interval = WallInterval(parsing: text) else {
                throw item.error("'\(text)' is not an interval like 09:00-18:00, 22:00-06:00 or 00:00-24:00")
            }
            return interval
        }
    }

    private static func date(_ node: YAMLNode) throws(PositionedError) -> LocalDate {
        let text = try node.string("a date")
        guard let date = LocalDate(iso: text) else { throw node.error("'\(text)' is not a date like 2026-10-01") }
        return date
    }

    private static func openings(_ node: YAMLNode) throws(PositionedError) -> [LocalDate: [WallInterval]] {
        var openings: [LocalDate: [WallInterval]] = [:]
        for (key, value) in try node.pairs("open") {
            let day = try date(key)
            guard openings[day] == nil else { throw key.error("duplicate date \(day) in open") }
            openings[day] = try intervals(value)
        }
        return openings
    }
}
