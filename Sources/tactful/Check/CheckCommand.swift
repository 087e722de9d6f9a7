import ArgumentParser
import Foundation
import TactfulLint
import TactfulTemplates

/// `tactful check`: lints a whole template (macro) library in CI.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Check a template (macro) library: every template × locale linted, placeholders consistent across translations.",
        discussion: """
            PATH: folders of templates (.txt .md .html .liquid .hbs .mustache), Zendesk macro exports (.json),
            CSV libraries (key, locale, body columns) and YAML libraries (key → locale → body). Default: .
            A template's market comes from, in order: the config's globs, front matter (market:), a locale in its
            path (de-DE/refund.md, refund.de-DE.md, refund_de_DE.txt, fr/refund.md), the record's locale, --market.

            Examples:
              tactful check Examples/templates
              tactful check templates --format sarif > tactful.sarif
              tactful check --write-baseline .tactful-baseline.json && tactful check --baseline .tactful-baseline.json
              tactful check --changed-since origin/main --format github
              tactful check --shard 2/4 --jobs 2
            """
    )

    @Argument(help: "Library files or folders.")
    var paths: [String] = ["."]

    @Option(help: "Config file (default: the nearest .tactful.yml at or above the first path).")
    var config: String?

    @Option(help: "Market for templates whose market nothing else names.")
    var market: String?

    @Option(help: "Output format.")
    var format: ReportFormat = .text

    @Option(help: "Report only findings not accepted by this baseline file.")
    var baseline: String?

    @Option(help: "Write every current finding to this baseline file (and exit 0).")
    var writeBaseline: String?

    @Option(help: "Report only findings on lines changed since this git revision.")
    var changedSince: String?

    @Option(help: "Check only shard K of N (K/N), split by template key.")
    var shard: String?

    @Option(help: "Worker threads (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("ui-language"), help: "Language of the messages: en or zh-Hans.")
    var uiLanguage: UILanguage = .en

    @Option(help: "Exit 1 when a finding is at or above this level: error, warning or info.")
    var failOn: Severity = .error

    func validate() throws {
        if let shard, Shard(shard) == nil { throw ValidationError("--shard takes K/N with 1 ≤ K ≤ N, e.g. 2/4.") }
        guard jobs >= 1, jobs <= 256 else { throw ValidationError("--jobs takes a number from 1 to 256.") }
    }

    func run() throws {
        let session = try LintSession(configPath: config, searchFrom: LintCommand.directory(of: paths.first ?? "."))
        let templateConfig = try TemplateConfig(config: session.config)
        var templates = try TemplateLibrary(paths: paths, config: templateConfig).templates
        if let shard = shard.flatMap(Shard.init) { templates = templates.filter { shard.contains(key: $0.key) } }
        let checker = TemplateChecker(
            config: session.config, templates: templateConfig, library: session.library, defaultMarket: market,
            uiLanguage: uiLanguage)
        var results = try checker.check(templates, jobs: jobs)
        if let writeBaseline {
            try Baseline(results: results).write(to: writeBaseline)
            Standard.error(
                "tactful: wrote \(results.reduce(0) { $0 + $1.findings.count }) findings to \(writeBaseline)")
            return
        }
        if let baseline { results = try Baseline(contentsOf: baseline).filter(results) }
        if let changedSince {
            let changed = try ChangedLines(since: changedSince, in: FileManager.default.currentDirectoryPath)
            results = results.map { result in
                var kept = result
                kept.findings = result.findings.filter { changed.contains(result.path, line: $0.line) }
                return kept
            }
        }
        let report = LintReport(files: results)
        let rules = try session.library.allPacks().values.flatMap(\.ruleInfos) + TemplateRules.all
        let output = try format.reporter(.commandLine(for: format)).render(report, rules: rules)
        if !output.isEmpty { print(output) }
        if report.hasFindings(atOrAbove: failOn) { throw ExitCode.findings }
    }
}
