import ArgumentParser
import Foundation
import TactfulMarkets
import TactfulTime

/// `tactful sla due`: when a reply is due, in business or calendar time, shown in the team's or customer's zone,
/// with a sentence for the customer in their language.
struct SLADue: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "Compute when a reply is due on a schedule, and say it in the customer's language.",
        discussion: """
            Give the target directly (--target, business time unless --calendar) or by policy (--policy email):
            the default policies come from seed 002's channel table (chat 2m and phone 5m calendar time, email 12h
            and social 4h business time); a --config file's `sla: policies:` section overrides them.
            Examples:
              tactful sla due --schedule team.yml --from 2026-03-06T16:00:00+08:00 --target 8h
              tactful sla due --schedule team.yml --from 2026-03-06T08:00:00Z --target 1h30m --calendar
              tactful sla due --schedule team.yml --from 2026-03-06T08:00:00Z --policy email --format json
              tactful sla due --schedule team.yml --from 2026-03-06T08:00:00Z --policy email \\
                  --market de-DE --customer-tz Europe/Berlin --now 2026-03-06T08:00:00Z
            """
    )

    enum Metric: String, ExpressibleByArgument, CaseIterable {
        case firstReply = "first-reply"
        case nextReply = "next-reply"
        case resolution

        var slaMetric: SLAMetric {
            switch self {
            case .firstReply: .firstReply
            case .nextReply: .nextReply
            case .resolution: .resolution
            }
        }
    }

    @OptionGroup var scheduleOptions: ScheduleOptions
    @Option(help: "When the clock starts, ISO 8601 with Z or an offset.") var from: String
    @Option(help: "The SLA target: 8h, 90m, 1h30m, 45s.") var target: String?
    @Flag(help: "Count calendar time instead of open hours (with --target).") var calendar = false
    @Option(help: "Use the SLA policy of a channel: chat, email, social, phone, or one from --config.") var policy:
        String?
    @Option(help: "The policy's priority override, e.g. urgent (from --config).") var priority: String?
    @Option(help: "What the policy target measures.") var metric: Metric = .firstReply
    @Option(help: ArgumentHelp("A config file whose `sla: policies:` override the defaults.", valueName: "file"))
    var config: String?
    @Option(help: "The customer's market (de-DE, ja-JP): adds a sentence in their language.") var market: String?
    @Option(help: "Show times in the customer's IANA zone instead of the schedule's.") var customerTz: String?
    @Option(help: "The current instant for the customer's view (default: the system clock).") var now: String?
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (target == nil) != (policy == nil) else { throw ValidationError("Give either --target or --policy.") }
        guard policy != nil || (priority == nil && config == nil) else {
            throw ValidationError("--priority and --config go with --policy.")
        }
        guard target != nil || !calendar else {
            throw ValidationError("--calendar goes with --target; a policy sets its clock.")
        }
    }

    func run() throws {
        let clock = try scheduleOptions.clock()
        let (goal, policySource) = try resolveTarget()
        let query = SLADueQuery(
            schedule: clock.schedule, from: try instant(from), target: goal,
            policy: policy.map {
                SLADueReport.PolicyUsed(
                    channel: $0, metric: metric.slaMetric.rawValue, priority: priority, source: policySource ?? "")
            },
            customerMarket: try market.map { tag throws(MarketError) in try MarketResolver().resolve(tag) },
            customerZone: try customerTz.map { name throws(TimeError) in try ZoneRules(identifier: name) },
            now: try now.map(instant) ?? Date())
        let report = try Self.answer(query, clock: clock)
        switch output.format {
        case .json: try Standard.printJSON(report)
        case .text: print(report.text)
        }
    }

    /// The query's answer; a market with several clocks asks for --customer-tz.
    private static func answer(_ query: SLADueQuery, clock: BusinessClock) throws -> SLADueReport {
        let outcome = Result { () throws(TimeError) in try query.answer(clock: clock) }
        if case .failure(.ambiguousZone(let market, let zones)) = outcome {
            throw InputError("market \(market) spans \(zones) time zones; give --customer-tz")
        }
        return try outcome.get()
    }

    /// The target from --target/--calendar, or from the policies; with the policies' source.
    private func resolveTarget() throws -> (SLATarget, String?) {
        if let target {
            return (
                SLATarget(seconds: try DurationText.seconds(in: target), clock: calendar ? .calendar : .business), nil
            )
        }
        var policies = try SLAPolicies.builtIn()
        if let config {
            guard let data = FileManager.default.contents(atPath: config) else {
                throw InputError("cannot read the config file '\(config)'")
            }
            policies = policies.overlaid(
                with: try SLAPolicies(yaml: String(decoding: data, as: UTF8.self), path: config))
        }
        let goal = try policies.target(channel: policy ?? "", metric: metric.slaMetric, priority: priority)
        return (goal, policies.source)
    }
}
