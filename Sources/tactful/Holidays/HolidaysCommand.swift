import ArgumentParser
import TactfulAPI
import TactfulTime

/// `tactful holidays`: a market's public holidays and make-up workdays for a year or a range of dates.
struct HolidaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays",
        abstract: "List a market's public holidays (and make-up working days) for a year or a date range.",
        discussion: """
            Dates come from rules (fixed dates, Easter, lunar and Hijri calendars, equinoxes, substitution) and
            officially announced changes, each with its source. Hijri dates and solar terms close to midnight are
            marked as estimates.
            Examples:
              tactful holidays --market DE --year 2026
              tactful holidays --market CN --year 2026 --format json
              tactful holidays --market ja-JP --from 2026-04-25 --to 2026-05-10 --ui-language en
            """
    )

    @Option(help: "The market: a region (DE, CN) or a locale tag (de-DE, zh-HK).") var market: String
    @Option(help: "The Gregorian year (default: this year).") var year: Int?
    @Option(help: "First date of a range, YYYY-MM-DD (with --to).") var from: String?
    @Option(help: "Last date of a range, YYYY-MM-DD (with --from).") var to: String?
    @Option(help: "Language of the names (default: the market's; e.g. en).") var uiLanguage: String?
    @OptionGroup var output: OutputOptions

    /// Validated by the engine (``TactfulEngine/holidays(_:today:)``), as for the HTTP service and MCP: a range
    /// needs both ends and at most ten years.
    func run() throws {
        let engine = try EngineDoor.engine()
        let request = HolidaysRequest(market: market, year: year, from: from, to: to, uiLanguage: uiLanguage)
        let report = try EngineDoor.run { () throws(FieldError) in
            try engine.holidays(request, today: EngineDoor.today)
        }
        switch output.format {
        case .json: try Standard.printJSON(report)
        case .text: print(report.text)
        }
    }
}
