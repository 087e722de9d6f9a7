import TactfulTime

extension SLADueReport {
    /// `due 2026-03-09T16:00:00+08:00 (8h business time from …)`, then the customer's sentence.
    var text: String {
        var lines = ["due \(due) (\(target) \(clock) time from \(from))"]
        if let customer {
            lines.append(customer.view.sentence)
            lines.append(
                "customer's time now: \(customer.view.localTimeNowText)\(customer.view.isNight ? " (night)" : "")")
            let holidays = customer.customerHolidays.map { "\($0.date) \($0.name)\($0.estimated ? " (expected)" : "")" }
            if !holidays.isEmpty { lines.append("customer's holidays coming: " + holidays.joined(separator: ", ")) }
            let team = customer.teamHolidays.map { "\($0.date) \($0.name)\($0.estimated ? " (expected)" : "")" }
            if !team.isEmpty { lines.append("team's holidays coming: " + team.joined(separator: ", ")) }
        }
        return lines.joined(separator: "\n")
    }
}
