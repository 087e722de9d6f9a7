import Foundation
import TactfulMarkets
import TactfulTime

/// `POST /v1/sla/due` and the MCP `sla_due` tool: the fields of `tactful sla due`, with the schedule inline.
public struct SLADueRequest: Codable, Sendable {
    /// The team schedule: YAML text, or the same as a JSON object (`{"timezone": …, "hours": {…}}`).
    public var schedule: JSONValue
    /// When the clock starts, ISO 8601 with `Z` or an offset.
    public var from: String
    /// The target (`8h`, `90m`, `1h30m`); or give `policy`.
    public var target: String?
    /// Count calendar time instead of open hours (with `target`).
    public var calendar: Bool?
    /// The SLA policy of a channel (`chat`, `email`, `social`, `phone`, or one from the config).
    public var policy: String?
    /// The policy's priority override (from the config).
    public var priority: String?
    /// `first-reply` (default), `next-reply` or `resolution`.
    public var metric: String?
    /// The customer's market: adds a sentence in their language.
    public var market: String?
    /// The customer's IANA zone.
    public var customerTz: String?
    /// The current instant for the customer's view (default: the server's clock).
    public var now: String?

    /// A request on `schedule` (YAML text or a JSON object) from `from`, by `target` or `policy`.
    public init(
        schedule: JSONValue, from: String, target: String? = nil, calendar: Bool? = nil, policy: String? = nil,
        priority: String? = nil, metric: String? = nil, market: String? = nil, customerTz: String? = nil,
        now: String? = nil
    ) {
        self.schedule = schedule
        self.from = from
        self.target = target
        self.calendar = calendar
        self.policy = policy
        self.priority = priority
        self.metric = metric
        self.market = market
        self.customerTz = customerTz
        self.now = now
    }
}

extension TactfulEngine {
    /// When a reply is due: what `tactful sla due --format json` prints. `now` is the caller's clock;
    /// `schedulePath` names where the schedule text came from in its errors (`team.yml:3:9: error: …`).
    public func slaDue(_ request: SLADueRequest, now: Date, schedulePath: String = "schedule") throws(FieldError)
        -> SLADueReport
    {
        let schedule = try Self.schedule(request.schedule, path: schedulePath)
        let (target, policy) = try slaTarget(request)
        let query = SLADueQuery(
            schedule: schedule, from: try Self.instant(request.from, field: "from"), target: target, policy: policy,
            customerMarket: try request.market.map { tag throws(FieldError) in
                try resolveMarket(tag, acceptLanguage: nil)
            },
            customerZone: try request.customerTz.map { name throws(FieldError) in
                do { return try ZoneRules(identifier: name) } catch { throw FieldError("customerTz", "\(error)") }
            },
            now: try request.now.map { text throws(FieldError) in try Self.instant(text, field: "now") } ?? now)
        do { return try query.answer() } catch {
            switch error as TimeError {
            case .ambiguousZone: throw FieldError("customerTz", "\(error)")
            case .unreachable: throw FieldError(request.target == nil ? "policy" : "target", "\(error)")
            default: throw FieldError("schedule", "\(error)")
            }
        }
    }

    private func slaTarget(_ request: SLADueRequest) throws(FieldError) -> (SLATarget, SLADueReport.PolicyUsed?) {
        switch (request.target, request.policy) {
        case (let text?, nil):
            guard request.priority == nil else { throw FieldError("priority", "goes with policy, not target") }
            _ = try Self.metric(request.metric)  // unused with a target, but never accepted when it is not a metric
            do {
                let seconds = try DurationText.seconds(in: text)
                guard seconds > 0 else { throw FieldError("target", "must be longer than zero") }
                return (SLATarget(seconds: seconds, clock: request.calendar == true ? .calendar : .business), nil)
            } catch let error as TimeError { throw FieldError("target", "\(error)") } catch {
                throw error as? FieldError ?? FieldError("target", "\(error)")
            }
        case (nil, let channel?):
            guard request.calendar == nil else {
                throw FieldError("calendar", "goes with target; a policy sets its clock")
            }
            let metric = try Self.metric(request.metric)
            do {
                let target = try policies.target(channel: channel, metric: metric, priority: request.priority)
                return (
                    target,
                    .init(
                        channel: channel, metric: metric.rawValue, priority: request.priority,
                        source: policies.source)
                )
            } catch { throw FieldError(request.priority == nil ? "policy" : "priority", "\(error)") }
        case (.some, .some):
            throw FieldError("target", "give either target or policy, not both")
        case (nil, nil):
            throw FieldError("target", "is required (or policy)")
        }
    }

    /// `first-reply`, `next-reply` or `resolution`, as `tactful sla due --metric` spells them (or camel-cased).
    private static func metric(_ text: String?) throws(FieldError) -> SLAMetric {
        guard let text else { return .firstReply }
        let camel = text.split(separator: "-").enumerated()
            .map { $0.offset == 0 ? String($0.element) : $0.element.capitalized }.joined()
        guard let metric = SLAMetric(rawValue: camel) else {
            throw FieldError("metric", "'\(text)' is not one of: first-reply, next-reply, resolution")
        }
        return metric
    }

    private static func schedule(_ value: JSONValue, path: String) throws(FieldError) -> Schedule {
        let text: String
        switch value {
        case .string(let yaml): text = yaml
        case .object: text = value.jsonText
        default: throw FieldError("schedule", "must be YAML text or a JSON object")
        }
        guard text.utf8.count <= 64 << 10 else { throw FieldError("schedule", "is larger than 64 KiB") }
        do { return try Schedule(yaml: text, path: path) } catch { throw FieldError("schedule", "\(error)") }
    }

    private static func instant(_ text: String, field: String) throws(FieldError) -> Date {
        do { return try ISO8601.parse(text) } catch { throw FieldError(field, "\(error)") }
    }
}
