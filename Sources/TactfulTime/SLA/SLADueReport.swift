import Foundation

/// The answer to an ``SLADueQuery``: the JSON of `tactful sla due --format json` and of `POST /v1/sla/due`.
/// Fields are only ever added.
public struct SLADueReport: Codable, Sendable {
    /// The policy a target came from.
    public struct PolicyUsed: Codable, Sendable {
        /// The channel's policy (`email`, `chat`, …).
        public let channel: String
        /// `first-reply`, `next-reply` or `resolution`.
        public let metric: String
        /// The priority override, if any.
        public let priority: String?
        /// Where the policies come from.
        public let source: String

        /// Creates the record of a policy used.
        public init(channel: String, metric: String, priority: String?, source: String) {
            self.channel = channel
            self.metric = metric
            self.priority = priority
            self.source = source
        }
    }

    /// A holiday coming up for the customer or the team.
    public struct HolidayEntry: Codable, Sendable {
        /// `YYYY-MM-DD`.
        public let date: String
        /// The name in the requested language.
        public let name: String
        /// True for an observed or substitute day off.
        public let observed: Bool
        /// True when the date is computed ahead of an announcement.
        public let estimated: Bool
        /// The date as the customer should read it, in their language: "expected on 20 March" for an estimate.
        public let dateText: String?
    }

    /// The customer's side: their market, what to tell them, their and the team's holidays coming up.
    public struct Customer: Codable, Sendable {
        /// The customer's market tag.
        public let market: String
        /// The due time as the customer reads it.
        public let view: CustomerDueTime
        /// The customer's public holidays in the coming days.
        public let customerHolidays: [HolidayEntry]
        /// The team's public holidays in the coming days.
        public let teamHolidays: [HolidayEntry]
    }

    /// The due instant, ISO 8601 with offset, in the output zone.
    public let due: String
    /// The same instant in the team's zone.
    public let dueInScheduleZone: String
    /// The start, in the output zone.
    public let from: String
    /// The target as text (`1h30m`).
    public let target: String
    /// The target in seconds.
    public let targetSeconds: Double
    /// `business` or `calendar`.
    public let clock: String
    /// The output zone.
    public let timeZone: String
    /// The team's zone.
    public let scheduleTimeZone: String
    /// The policy used, when the target came from one.
    public let policy: PolicyUsed?
    /// The customer's view, when their market was given.
    public let customer: Customer?

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
}
