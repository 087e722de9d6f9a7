import Foundation
import TactfulMarkets
import TactfulTime

/// The customer's side of `sla due`: their market, zone and "now", and what to tell them.
struct CustomerView {
    let market: Market
    let zone: ZoneRules
    let now: Date

    /// Nil when no --market is given. The zone is --customer-tz, else the market's only zone.
    init?(market tag: String?, customerTz: String?, now text: String?) throws {
        guard let tag else { return nil }
        market = try MarketResolver().resolve(tag)
        now = try text.map(instant) ?? Date()
        if let customerTz {
            zone = try ZoneRules(identifier: customerTz)
        } else {
            zone = try Self.onlyClock(of: market, around: now)
        }
    }

    /// The market's zone when all its zones keep the same clock (Germany: Berlin and Büsingen), else an error
    /// asking for --customer-tz (the United States, Australia, Brazil…).
    private static func onlyClock(of market: Market, around now: Date) throws -> ZoneRules {
        let zones = try market.timeZones.map { name throws(TimeError) in try ZoneRules(identifier: name) }
        let probes = stride(from: 0.0, to: 366, by: 30.5).map { now.timeIntervalSince1970 + $0 * 86_400 }
        guard let first = zones.first,
            zones.allSatisfy({ zone in probes.allSatisfy { zone.offset(at: $0) == first.offset(at: $0) } })
        else {
            throw InputError("market \(market.tag) spans \(market.timeZones.count) time zones; give --customer-tz")
        }
        return first
    }

    /// The customer's view of a due time, with the team's and the customer's holidays coming up.
    func describe(due: Date, team: Schedule) throws -> SLADueReport.Customer {
        let phrasing = try CustomerPhrasing(market: market, zone: zone).describe(due: due, now: now)
        let start = zone.localDate(at: now.timeIntervalSince1970)
        let end = max(zone.localDate(at: due.timeIntervalSince1970), start.adding(days: 14))
        let customerCalendar = try? HolidayCalendar.builtIn(market.region)
        let teamCalendar = (team.holidays?.market).flatMap { try? HolidayCalendar.builtIn($0) }
        return SLADueReport.Customer(
            market: market.tag, view: phrasing,
            customerHolidays: try customerCalendar.map { try Self.entries($0, start, end, language: market.language) }
                ?? [],
            teamHolidays: try teamCalendar.map { try Self.entries($0, start, end, language: $0.language) } ?? [])
    }

    private static func entries(_ calendar: HolidayCalendar, _ start: LocalDate, _ end: LocalDate, language: String)
        throws
        -> [SLADueReport.HolidayEntry]
    {
        try calendar.list(from: start, through: end).holidays.map {
            SLADueReport.HolidayEntry(
                date: $0.date.description, name: $0.name(in: language), observed: $0.observed, estimated: $0.estimated)
        }
    }
}
