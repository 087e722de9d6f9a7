import ArgumentParser

/// `tactful sla`: due times, elapsed business time and opening hours on a team schedule.
struct SLACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sla",
        abstract: "When a reply is due in business time, how much has elapsed, when the team is next open.",
        discussion: """
            A schedule is a YAML file: timezone, weekly hours, optional holidays market, workday hours, closed
            and open dates (see the README). Instants are ISO 8601 with Z or an offset.
            Examples:
              tactful sla due --schedule team.yml --from 2026-03-06T16:00:00+08:00 --target 8h
              tactful sla elapsed --schedule team.yml --from 2026-03-06T09:00:00Z --to 2026-03-09T09:00:00Z
              tactful sla open --schedule team.yml --at 2026-10-01T10:00:00+08:00 --format json
            """,
        subcommands: [SLADue.self, SLAElapsed.self, SLAOpen.self]
    )
}
