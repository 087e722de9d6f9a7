import ArgumentParser
import Foundation
import TactfulTime

/// `tactful sla due`: when a reply is due, in business or calendar time, shown in the team's or customer's zone.
struct SLADue: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "Compute when a reply is due on a schedule.",
        discussion: """
            The target is business time (open hours only) unless --calendar is given.
            Examples:
              tactful sla due --schedule team.yml --from 2026-03-06T16:00:00+08:00 --target 8h
              tactful sla due --schedule team.yml --from 2026-03-06T08:00:00Z --target 1h30m --calendar
              tactful sla due --schedule team.yml --from 2026-03-06T08:00:00Z --target 90m \\
                  --customer-tz America/New_York --format json
            """
    )

    @OptionGroup var scheduleOptions: ScheduleOptions
    @Option(help: "When the clock starts, ISO 8601 with Z or an offset.") var from: String
    @Option(help: "The SLA target: 8h, 90m, 1h30m, 45s.") var target: String
    @Flag(help: "Count calendar time instead of open hours.") var calendar = false
    @Option(help: "Show times in the customer's IANA zone instead of the schedule's.") var customerTz: String?
    @OptionGroup var output: OutputOptions

    struct Report: Encodable {
        let due: String
        let dueInScheduleZone: String
        let from: String
        let target: String
        let targetSeconds: Double
        let clock: String
        let timeZone: String
        let scheduleTimeZone: String
    }

    func run() throws {
        let start = try instant(from)
        let seconds = try DurationText.seconds(in: target)
        let clock = try scheduleOptions.clock()
        let zone = try outputZone(customerTz, schedule: clock.schedule)
        let due = calendar ? start.addingTimeInterval(seconds) : try clock.due(from: start, target: seconds)
        let report = Report(
            due: ISO8601.format(due, in: zone), dueInScheduleZone: ISO8601.format(due, in: clock.schedule.zone),
            from: ISO8601.format(start, in: zone), target: DurationText.text(seconds: seconds),
            targetSeconds: seconds, clock: calendar ? "calendar" : "business", timeZone: zone.identifier,
            scheduleTimeZone: clock.schedule.zone.identifier)
        switch output.format {
        case .json: try Standard.printJSON(report)
        case .text: print("due \(report.due) (\(report.target) \(report.clock) time from \(report.from))")
        }
    }
}
