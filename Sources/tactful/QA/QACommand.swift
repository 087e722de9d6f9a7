import ArgumentParser
import Foundation
import TactfulLint
import TactfulQA
import TactfulTime

extension ExportFormat: CaseArgument {}
extension QAError: InputProblem {}

/// `tactful qa`: a QA report for team leads from a helpdesk export. Parses the arguments and runs a ``QAJob``.
struct QACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qa",
        abstract: "Score what a support team sent: findings, SLA and language per agent, market and week.",
        discussion: """
            Reads a helpdesk export streaming (generic JSONL/CSV, Zendesk JSON/NDJSON, Freshdesk or Gorgias CSV;
            see docs/QA.md), lints every public agent reply for the customer's market, times it against the
            channel's SLA policy on the team's business clock, and writes a scorecard per agent with a seeded
            coaching sample. Customer PII in quoted replies is masked unless --no-redact.
            The format is --format, else the --output file's extension (.html, .csv, .json), else json.

            Examples:
              tactful qa export.jsonl --schedule team.yml --format html --output qa.html
              tactful qa tickets.ndjson --input-format zendesk --sample 12% --seed 7 --format csv > qa.csv
              tactful qa conversations.csv --market en-GB --ui-language zh-Hans --output qa.html
            """
    )

    enum Format: String, CaseArgument {
        case json, csv, html
    }

    @Argument(
        help: ArgumentHelp("The helpdesk export (- for standard input, with --input-format).", valueName: "export"))
    var export: String
    @Option(help: "The export's format (default: told from its first line).") var inputFormat: ExportFormat?
    @Option(
        help: ArgumentHelp(
            "The team schedule (YAML, as for tactful sla); default: open around the clock, UTC.",
            valueName: "file"))
    var schedule: String?
    @Option(
        help: ArgumentHelp(
            "Config file: rule levels, packs, and `sla: policies:` (default: the nearest .tactful.yml).",
            valueName: "file"))
    var config: String?
    @Option(help: "The market when a ticket has no locale and its customer's language cannot be told.") var market:
        String?
    @Option(help: "The share of each agent's replies in the coaching sample: 12% or 0.12.") var sample = "12%"
    @Option(help: "The sample's seed: the same seed gives every lead the same sample.") var seed: UInt64 = 1
    @Option(help: "Output format: json, csv or html.") var format: Format?
    @Option(
        help: ArgumentHelp("Write the report to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?
    @Flag(help: "Keep customer PII in quoted replies (masked by default).") var noRedact = false
    @Option(name: .customLong("ui-language"), help: "Language of the messages and the HTML report: en or zh-Hans.")
    var uiLanguage: UILanguage = .en
    @Option(help: "Threads evaluating replies (default: the machine's cores).") var jobs: Int?

    func validate() throws {
        guard (try? Self.rate(sample)) != nil else {
            throw ValidationError("--sample '\(sample)' is not a share between 0% and 100% (e.g. 12%)")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let session = try LintSession(configPath: config, searchFrom: FileManager.default.currentDirectoryPath)
        var job = QAJob(
            exportPath: export, schedule: try loadSchedule(), policies: try loadPolicies(session.config.path),
            linters: session.cache)
        job.format = inputFormat
        job.fallbackMarket = market
        job.sampleRate = try Self.rate(sample)
        job.seed = seed
        job.redact = !noRedact
        job.uiLanguage = uiLanguage
        job.jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let progress = ProgressLine.onTerminal()
        let report = try job.run(progress: progress?.update)
        progress?.finish()
        let text: String
        switch resolvedFormat {
        case .json: text = try JSONRenderer.render(report)
        case .csv: text = CSVRenderer.render(report)
        case .html: text = HTMLRenderer.render(report, uiLanguage: uiLanguage)
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
            throw InputError("cannot write the report to '\(output)': \(error.localizedDescription)")
        }
    }

    private var resolvedFormat: Format {
        if let format { return format }
        switch output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
        case "html", "htm": return .html
        case "csv": return .csv
        default: return .json
        }
    }

    private func loadSchedule() throws -> Schedule {
        guard let schedule else { return try QAJob.aroundTheClock() }
        guard let data = FileManager.default.contents(atPath: schedule) else {
            throw InputError("cannot read the schedule file '\(schedule)'")
        }
        return try Schedule(yaml: String(decoding: data, as: UTF8.self), path: schedule)
    }

    private func loadPolicies(_ configPath: String?) throws -> SLAPolicies {
        guard let configPath else { return try SLAPolicies.builtIn() }
        guard let data = FileManager.default.contents(atPath: configPath) else {
            throw InputError("cannot read the config file '\(configPath)'")
        }
        return try SLAPolicies.builtIn(overlaidWithConfig: String(decoding: data, as: UTF8.self), path: configPath)
    }

    /// `12%` → 0.12; `0.12` → 0.12.
    static func rate(_ text: String) throws -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let isPercent = trimmed.hasSuffix("%")
        guard let value = Double(isPercent ? String(trimmed.dropLast()) : trimmed) else { throw QAError("bad rate") }
        let rate = isPercent || value > 1 ? value / 100 : value
        guard (0...1).contains(rate) else { throw QAError("bad rate") }
        return rate
    }
}
