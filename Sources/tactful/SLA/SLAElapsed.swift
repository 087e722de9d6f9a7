import ArgumentParser
import TactfulTime

/// `tactful sla elapsed`: open (business) seconds between two instants on a schedule.
struct SLAElapsed: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "elapsed",
        abstract: "Count the open seconds in [from, to) on a schedule.",
        discussion: """
            Examples:
              tactful sla elapsed --schedule team.yml --from 2026-03-06T09:00:00Z --to 2026-03-09T09:00:00Z
              tactful sla elapsed --schedule team.yml --from 2026-09-30T10:00:00+08:00 \\
                  --to 2026-10-09T10:00:00+08:00 --format json
            """
    )

    @OptionGroup var scheduleOptions: ScheduleOptions
    @Option(help: "Start instant, ISO 8601 with Z or an offset.") var from: String
    @Option(help: "End instant, ISO 8601 with Z or an offset; not before --from.") var to: String
    @OptionGroup var output: OutputOptions

    struct Report: Encodable {
        let seconds: Double
        let duration: String
        let from: String
        let to: String
        let timeZone: String
    }

    func run() throws {
        let start = try instant(from)
        let end = try instant(to)
        guard end >= start else { throw InputError("--to \(to) is before --from \(from)") }
        let clock = try scheduleOptions.clock()
        let seconds = try clock.elapsed(from: start, to: end)
        let zone = clock.schedule.zone
        let report = Report(
            seconds: seconds, duration: DurationText.text(seconds: seconds), from: ISO8601.format(start, in: zone),
            to: ISO8601.format(end, in: zone), timeZone: zone.identifier)
        switch output.format {
        case .json: try Standard.printJSON(report)
        case .text: print("\(report.duration) open (\(Int(seconds)) s) from \(report.from) to \(report.to)")
        }
    }
}
