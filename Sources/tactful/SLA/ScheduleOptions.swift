import ArgumentParser
import Foundation
import TactfulTime

/// `--schedule FILE`, shared by the `sla` subcommands: the team schedule a business clock runs on.
struct ScheduleOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The team schedule (YAML: timezone, hours, holidays, workday, closed, open).",
            valueName: "file"))
    var schedule: String

    /// The schedule file's text; a missing file is an input error.
    func text() throws -> String {
        guard let data = FileManager.default.contents(atPath: schedule) else {
            throw InputError("cannot read the schedule file '\(schedule)'")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads and parses the schedule file; a missing file or a bad schedule is an input error.
    func load() throws -> Schedule { try Schedule(yaml: try text(), path: schedule) }

    /// A business clock on the schedule file.
    func clock() throws -> BusinessClock { BusinessClock(schedule: try load()) }
}

/// Parses ISO 8601 instants given on the command line (`Z` or an offset required).
func instant(_ text: String) throws -> Date { try ISO8601.parse(text) }

/// The zone named by `--customer-tz`, or the schedule's zone when the flag is absent.
func outputZone(_ name: String?, schedule: Schedule) throws -> ZoneRules {
    try name.map { name throws(TimeError) in try ZoneRules(identifier: name) } ?? schedule.zone
}
