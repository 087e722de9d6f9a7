import Foundation
import TactfulLint
import TactfulTime

/// A whole `tactful qa` run as a value: the export, the engines it is evaluated with, and the report's settings.
/// The CLI, the tests and the benchmark all run the same job.
public struct QAJob {
    /// The export's path (`-` for standard input).
    public var exportPath: String
    /// Its format; nil to tell it from the first line.
    public var format: ExportFormat?
    /// The team's schedule (business time, ISO weeks); see ``QAJob/aroundTheClock``.
    public var schedule: Schedule
    /// The SLA policies.
    public var policies: SLAPolicies
    /// The linters (config, packs).
    public var linters: LinterCache
    /// The market for tickets with neither locale nor a detectable customer language.
    public var fallbackMarket: String?
    /// The share of each agent's replies sampled (0…1).
    public var sampleRate = 0.12
    /// The sample's seed.
    public var seed: UInt64 = 1
    /// Whether quoted text has customer PII masked.
    public var redact = true
    /// The language of messages and of the HTML report.
    public var uiLanguage = UILanguage.en
    /// Threads.
    public var jobs = 2

    /// A job over `exportPath` with the given engines and defaults for the rest.
    public init(exportPath: String, schedule: Schedule, policies: SLAPolicies, linters: LinterCache) {
        self.exportPath = exportPath
        self.schedule = schedule
        self.policies = policies
        self.linters = linters
    }

    /// A schedule open around the clock in UTC: business time equals calendar time (used without `--schedule`).
    public static func aroundTheClock() throws(TimeError) -> Schedule {
        let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map { "  \($0): [\"00:00-24:00\"]" }
        return try Schedule(yaml: "timezone: UTC\nhours:\n" + days.joined(separator: "\n"), path: "(around the clock)")
    }

    /// Reads the export and builds the report; `progress` gets the tickets read so far.
    public func run(progress: ((Int) -> Void)? = nil) throws -> QAReport {
        let format: ExportFormat
        if let chosen = self.format {
            format = chosen
        } else if exportPath == "-" {
            throw QAError("give --input-format when reading standard input")
        } else {
            guard let detected = try ExportFormat.detect(path: exportPath) else {
                throw QAError(
                    "cannot tell the format of '\(exportPath)'; give --input-format (\(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")))"
                )
            }
            format = detected
        }
        if let fallbackMarket {
            do { _ = try linters.market(for: fallbackMarket) } catch { throw QAError("--market: \(error)") }
        }
        let evaluator = ReplyEvaluator(
            linters: linters,
            responseClock: ResponseClock(clock: BusinessClock(schedule: schedule), policies: policies),
            fallbackMarket: fallbackMarket, uiLanguage: uiLanguage)
        let redact = self.redact
        var aggregator = QAAggregator(sampleRate: sampleRate, seed: seed) { redact ? PIIRedactor.masked($0) : $0 }
        var reader = try format.reader(path: exportPath)
        let counts = try QARunner(evaluator: evaluator, jobs: jobs).run(&reader, into: &aggregator, progress: progress)
        let sections = aggregator.sections()
        return QAReport(
            input: .init(
                path: exportPath, format: format.rawValue, tickets: counts.tickets, replies: counts.replies,
                badRows: counts.badRows, badRowSamples: counts.badRowSamples),
            settings: .init(
                timeZone: schedule.zone.identifier, policies: policies.source,
                samplePercent: (sampleRate * 1000).rounded() / 10, seed: seed, redacted: redact,
                uiLanguage: uiLanguage.rawValue),
            team: sections.team, teamScorecard: sections.teamScorecard, agents: sections.agents,
            markets: sections.markets, weeks: sections.weeks)
    }
}
