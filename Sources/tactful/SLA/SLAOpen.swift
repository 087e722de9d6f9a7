import ArgumentParser
import TactfulTime

/// `tactful sla open`: whether the team is open at an instant, and when it next opens or closes.
struct SLAOpen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Say whether the team is open at an instant and when it next opens.",
        discussion: """
            Examples:
              tactful sla open --schedule team.yml --at 2026-10-01T10:00:00+08:00
              tactful sla open --schedule team.yml --at 2026-03-08T02:30:00Z --customer-tz America/New_York --format json
            """
    )

    @OptionGroup var scheduleOptions: ScheduleOptions
    @Option(help: "The instant, ISO 8601 with Z or an offset.") var at: String
    @Option(help: "Show times in the customer's IANA zone instead of the schedule's.") var customerTz: String?
    @OptionGroup var output: OutputOptions

    struct Report: Encodable {
        let open: Bool
        let nextOpen: String
        let closesAt: String?
        let at: String
        let timeZone: String
    }

    func run() throws {
        let moment = try instant(at)
        let clock = try scheduleOptions.clock()
        let zone = try outputZone(customerTz, schedule: clock.schedule)
        let isOpen = try clock.isOpen(at: moment)
        let report = Report(
            open: isOpen, nextOpen: ISO8601.format(try clock.nextOpen(at: moment), in: zone),
            closesAt: try clock.closing(after: moment).map { ISO8601.format($0, in: zone) },
            at: ISO8601.format(moment, in: zone), timeZone: zone.identifier)
        switch output.format {
        case .json: try Standard.printJSON(report)
        case .text:
            switch (isOpen, report.closesAt) {
            case (true, let closes?): print("open at \(report.at) until \(closes)")
            case (true, nil): print("open at \(report.at); open around the clock, no closing ahead")
            case (false, _): print("closed at \(report.at); opens \(report.nextOpen)")
            }
        }
    }
}
