import ArgumentParser
import Foundation
import TactfulAPI
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

    /// What a policy target measures, as the engine's `metric` field spells it.
    enum Metric: String, CaseArgument {
        case firstReply = "first-reply"
        case nextReply = "next-reply"
        case resolution
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

    /// The one check of a CLI-only option; the request itself is validated by the engine
    /// (``TactfulEngine/slaDue(_:now:schedulePath:)``), as for the HTTP service and MCP.
    func validate() throws {
        guard policy != nil || config == nil else { throw ValidationError("--config goes with --policy.") }
    }

    func run() throws {
        let engine = try EngineDoor.engine(policies: try policies())
        let request = SLADueRequest(
            schedule: .string(try scheduleOptions.text()), from: from, target: target, calendar: calendar ? true : nil,
            policy: policy, priority: priority, metric: metric.rawValue, market: market, customerTz: customerTz,
            now: now)
        let report = try EngineDoor.run { () throws(FieldError) in
            try engine.slaDue(request, now: Date(), schedulePath: scheduleOptions.schedule)
        }
        switch output.format {
        case .json: try Standard.printJSON(report)
        case .text: print(report.text)
        }
    }

    /// The built-in policies, with the --config file's `sla: policies:` laid over them.
    private func policies() throws -> SLAPolicies {
        let builtIn = try SLAPolicies.builtIn()
        guard let config else { return builtIn }
        guard let data = FileManager.default.contents(atPath: config) else {
            throw InputError("cannot read the config file '\(config)'")
        }
        return builtIn.overlaid(with: try SLAPolicies(yaml: String(decoding: data, as: UTF8.self), path: config))
    }
}
