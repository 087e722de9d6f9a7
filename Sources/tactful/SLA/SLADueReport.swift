import Foundation
import TactfulTime

/// The JSON and text shape of `tactful sla due`.
struct SLADueReport: Encodable {
    struct PolicyUsed: Encodable {
        let channel: String
        let metric: String
        let priority: String?
        let source: String
    }

    struct HolidayEntry: Encodable {
        let date: String
        let name: String
        let observed: Bool
        let estimated: Bool
    }

    struct Customer: Encodable {
        let market: String
        let view: CustomerDueTime
        let customerHolidays: [HolidayEntry]
        let teamHolidays: [HolidayEntry]
    }

    let due: String
    let dueInScheduleZone: String
    let from: String
    let target: String
    let targetSeconds: Double
    let clock: String
    let timeZone: String
    let scheduleTimeZone: String
    let policy: PolicyUsed?
    let customer: Customer?

    init(
        due: Date, from: Date, target: SLATarget, zone: ZoneRules, schedule: Schedule, policy: PolicyUsed?,
        customer: Customer?
    ) {
        self.due = ISO8601.format(due, in: zone)
        dueInScheduleZone = ISO8601.format(due, in: schedule.zone)
        self.from = ISO8601.format(from, in: zone)
        self.target = DurationText.text(seconds: target.seconds)
        targetSeconds = target.seconds
        clock = target.clock.rawValue
        timeZone = zone.identifier
        scheduleTimeZone = schedule.zone.identifier
        self.policy = policy
        self.customer = customer
    }

    /// `due 2026-03-09T16:00:00+08:00 (8h business time from …)`, then the customer's sentence.
    var text: String {
        var lines = ["due \(due) (\(target) \(clock) time from \(from))"]
        if let customer {
            lines.append(customer.view.sentence)
            lines.append(
                "customer's time now: \(customer.view.localTimeNowText)\(customer.view.isNight ? " (night)" : "")")
            let holidays = customer.customerHolidays.map { "\($0.date) \($0.name)" }
            if !holidays.isEmpty { lines.append("customer's holidays coming: " + holidays.joined(separator: ", ")) }
            let team = customer.teamHolidays.map { "\($0.date) \($0.name)" }
            if !team.isEmpty { lines.append("team's holidays coming: " + team.joined(separator: ", ")) }
        }
        return lines.joined(separator: "\n")
    }
}
