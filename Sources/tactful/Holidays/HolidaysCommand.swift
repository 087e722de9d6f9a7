import ArgumentParser
import Foundation
import TactfulMarkets
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

    func validate() throws {
        guard (from == nil) == (to == nil) else { throw ValidationError("Give both --from and --to, or neither.") }
        guard year == nil || from == nil else { throw ValidationError("Give either --year or --from/--to.") }
    }

    func run() throws {
        let calendar = try HolidayCalendar.builtIn(try Self.region(of: market))
        let range = try dates()
        let list = try calendar.list(from: range.lowerBound, through: range.upperBound)
        let language = uiLanguage ?? calendar.language
        let report = HolidayReport(
            market: calendar.market, year: from == nil ? range.lowerBound.year : nil,
            from: from == nil ? nil : range.lowerBound.description,
            to: from == nil ? nil : range.upperBound.description,
            language: language, list: list)
        switch output.format {
        case .json: try Standard.printJSON(report)
        case .text: print(report.text)
        }
    }

    /// The region code for a market given as a region or a locale tag.
    static func region(of market: String) throws -> String {
        let isRegion = market.count == 2 && market.allSatisfy { $0.isASCII && $0.isLetter }
        return isRegion ? market.uppercased() : try MarketResolver().resolve(market).region
    }

    private func dates() throws -> ClosedRange<LocalDate> {
        if let from, let to {
            guard let start = LocalDate(iso: from) else {
                throw InputError("--from '\(from)' is not a date like 2026-01-01")
            }
            guard let end = LocalDate(iso: to) else { throw InputError("--to '\(to)' is not a date like 2026-12-31") }
            guard start <= end else { throw InputError("--to \(to) is before --from \(from)") }
            return start...end
        }
        let wanted = year ?? Calendar(identifier: .gregorian).component(.year, from: Date())
        guard (1900...2200).contains(wanted), let start = LocalDate(year: wanted, month: 1, day: 1),
            let end = LocalDate(year: wanted, month: 12, day: 31)
        else { throw InputError("--year \(wanted) is outside 1900–2200") }
        return start...end
    }
}
