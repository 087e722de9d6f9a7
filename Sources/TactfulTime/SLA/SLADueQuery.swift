import Foundation
import TactfulMarkets

/// A due-time question, as `tactful sla due` and `POST /v1/sla/due` ask it: a schedule, a start, a target and,
/// optionally, the customer to phrase the answer for.
public struct SLADueQuery: Sendable {
    /// The team's schedule.
    public var schedule: Schedule
    /// When the clock starts.
    public var from: Date
    /// How long, on which clock.
    public var target: SLATarget
    /// The policy the target came from, if any (reported back as is).
    public var policy: SLADueReport.PolicyUsed?
    /// The customer's market: adds their view (sentence, local time, holidays).
    public var customerMarket: Market?
    /// The customer's zone; without it, the market's only clock (an error when its zones disagree).
    public var customerZone: ZoneRules?
    /// The current instant for the customer's view ("morgen um 09:00" is relative to it).
    public var now: Date

    /// A question; `now` is passed in because library code never reads the clock.
    public init(
        schedule: Schedule, from: Date, target: SLATarget, policy: SLADueReport.PolicyUsed? = nil,
        customerMarket: Market? = nil, customerZone: ZoneRules? = nil, now: Date
    ) {
        self.schedule = schedule
        self.from = from
        self.target = target
        self.policy = policy
        self.customerMarket = customerMarket
        self.customerZone = customerZone
        self.now = now
    }

    /// The due time, in the customer's zone when one is known (else the schedule's), with the customer's view.
    public func answer(clock: BusinessClock? = nil) throws(TimeError) -> SLADueReport {
        let clock = clock ?? BusinessClock(schedule: schedule)
        let due =
            target.clock == .calendar
            ? from.addingTimeInterval(target.seconds) : try clock.due(from: from, target: target.seconds)
        var customer: SLADueReport.Customer?
        var zone = customerZone ?? schedule.zone
        if let customerMarket {
            let customerZone: ZoneRules
            if let given = self.customerZone {
                customerZone = given
            } else {
                customerZone = try Self.onlyClock(of: customerMarket, around: now)
            }
            zone = customerZone
            customer = try Self.customerView(
                market: customerMarket, zone: customerZone, due: due, now: now, team: schedule)
        }
        return SLADueReport(
            due: due, from: from, target: target, zone: zone, schedule: schedule, policy: policy, customer: customer)
    }

    /// The market's zone when all its zones keep the same clock over the coming year (Germany: Berlin and
    /// Büsingen), else ``TimeError/ambiguousZone(market:zones:)`` (the United States, Australia, Brazil…).
    static func onlyClock(of market: Market, around now: Date) throws(TimeError) -> ZoneRules {
        let zones = try market.timeZones.map { name throws(TimeError) in try ZoneRules(identifier: name) }
        let probes = stride(from: 0.0, to: 366, by: 30.5).map { now.timeIntervalSince1970 + $0 * 86_400 }
        guard let first = zones.first,
            zones.allSatisfy({ zone in probes.allSatisfy { zone.offset(at: $0) == first.offset(at: $0) } })
        else { throw .ambiguousZone(market: market.tag, zones: market.timeZones.count) }
        return first
    }

    /// The customer's view of a due time, with the team's and the customer's holidays coming up (the next 14 days
    /// or until the due date).
    static func customerView(market: Market, zone: ZoneRules, due: Date, now: Date, team: Schedule)
        throws(TimeError) -> SLADueReport.Customer
    {
        let phrasing = try CustomerPhrasing(market: market, zone: zone).describe(due: due, now: now)
        let start = zone.localDate(at: now.timeIntervalSince1970)
        let end = max(zone.localDate(at: due.timeIntervalSince1970), start.adding(days: 14))
        let customerCalendar = try? HolidayCalendar.builtIn(market.region)
        let dates = HolidayDatePhrasing(market: market)
        let teamCalendar = (team.holidays?.market).flatMap { try? HolidayCalendar.builtIn($0) }
        return SLADueReport.Customer(
            market: market.tag, view: phrasing,
            customerHolidays: try customerCalendar.map { calendar throws(TimeError) in
                try entries(calendar, start, end, language: market.language, dates: dates)
            } ?? [],
            teamHolidays: try teamCalendar.map { calendar throws(TimeError) in
                try entries(calendar, start, end, language: calendar.language, dates: dates)
            } ?? [])
    }

    /// The holidays between two dates, named in `language`, their dates phrased for the customer.
    private static func entries(
        _ calendar: HolidayCalendar, _ start: LocalDate, _ end: LocalDate, language: String,
        dates: HolidayDatePhrasing
    ) throws(TimeError) -> [SLADueReport.HolidayEntry] {
        try calendar.list(from: start, through: end).holidays.map { holiday throws(TimeError) in
            SLADueReport.HolidayEntry(
                date: holiday.date.description, name: holiday.name(in: language), observed: holiday.observed,
                estimated: holiday.estimated, dateText: try dates.text(for: holiday, currentYear: start.year))
        }
    }
}
