import ArgumentParser
import Foundation
import TactfulAPI
import TactfulLint

/// `tactful lint`: checks reply drafts against the customer's market before they are sent.
struct LintCommand: ParsableCommand {
    /// The configuration names `tactful` as the super-command, which only a root's reads: parsed as the root
    /// (``CommandParse``), `lint` then skips ArgumentParser's completion-script check, as a subcommand would.
    static let configuration = CommandConfiguration(
        commandName: "lint",
        _superCommandName: "tactful",
        abstract: "Lint reply drafts for the customer's market: register, refusals, formats, placeholders, PII, law.",
        discussion: """
            PATH may be a file, a directory (its text files are linted) or - for standard input. Config and data
            files named as PATH (.tactful.yml, .json, .yml, .yaml, .csv) are not drafts: they are skipped with a note.
            Exit codes: 0 nothing at or above --fail-on · 1 findings at or above it · 2 usage or input error.

            Examples:
              tactful lint --market de-DE Examples/drafts/de-DE/refund.txt
              echo "We can't refund you, as I already said." | tactful lint --market en-GB -
              tactful lint --market ja-JP --format json Examples/drafts/ja-JP/
              tactful lint --market en-US --fix reply.md           # apply safe fixes in place
              tactful lint --market zh-TW --ui-language zh-Hans reply.txt
            """
    )

    @OptionGroup var options: LintOptions

    @Option(help: "Output format.")
    var format: ReportFormat = .text

    @Flag(help: "Apply safe fixes (regional spelling, number, currency, date and unit formats) in place.")
    var fix = false

    @Flag(help: "Also apply the first rewording suggestion of each finding (implies --fix).")
    var fixUnsafe = false

    @Option(
        help:
            "What PATH holds: files (drafts, the default) or jsonl (one {\"id\",\"market\",\"channel\",\"text\"} per line; one JSON result per line)."
    )
    var input: DraftInputs.Kind = .files

    @Option(help: "How many drafts to lint at once (default: every core). Output order stays the order of the paths.")
    var jobs: Int?

    @Argument(help: "Files, directories, or - for standard input.")
    var paths: [String] = []

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Give at least one PATH, or - to read standard input.") }
        if (fix || fixUnsafe) && paths.contains("-") {
            throw ValidationError("--fix rewrites files; it cannot be used with standard input (-).")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if input == .jsonl {
            guard paths.count == 1 else {
                throw ValidationError("--input jsonl reads one PATH, or - for standard input.")
            }
            guard !fix, !fixUnsafe else {
                throw ValidationError("--fix rewrites files; it cannot be used with --input jsonl.")
            }
            guard format == .text else {
                throw ValidationError("--input jsonl writes one JSON result per line; --format does not apply.")
            }
        }
    }

    func run() throws {
        let first = paths.first { $0 != "-" } ?? FileManager.default.currentDirectoryPath
        let session = try LintSession(configPath: options.config, searchFrom: Self.directory(of: first))
        let engine = try EngineDoor.engine(linters: session.cache)
        ProcessLifetime.keep(session)
        ProcessLifetime.keep(engine)
        if input == .jsonl {
            let tally = try BatchLint.run(paths[0], engine: engine, options: options)
            if tally.badLines > 0 { throw ExitCode.inputError }
            if tally.hasFindingsAtOrAbove { throw ExitCode.findings }
            return
        }
        var printedAny = false
        let summary = try lintFiles(session: session, engine: engine) { text in
            printedAny = printedAny || !text.isEmpty
            print(text, terminator: "")
        }
        if printedAny { print() }
        if summary.hasFindings(atOrAbove: options.failOn) { throw ExitCode.findings }
    }

    /// Lints the drafts PATHS name, `--jobs` at a time, and hands `write` the report as it goes, in path order:
    /// each file's share as its turn comes (rendered on the thread that linted it), then the rest. Nothing of a file
    /// is kept once written but its counts. Returns the counts over every file.
    func lintFiles(
        session: LintSession, engine: TactfulEngine, printing write: (String) -> Void
    ) throws -> LintReport.Summary {
        try lintFiles(session: session, engine: engine, reporter: format.reporter(.commandLine(for: format)), write)
    }

    private func lintFiles<Format: Reporter>(
        session: LintSession, engine: TactfulEngine, reporter: Format, _ write: (String) -> Void
    ) throws -> LintReport.Summary {
        let inputs = try DraftInputs.expand(paths)
        var output = try ReportStream(reporter: reporter)
        // --fix notes each file on standard error: one job keeps those notes in order. One draft is one job whatever
        // --jobs says: the machine's processors are not asked for (Foundation reads the cgroup's CPU quota through a
        // URL, some 0.5M instructions of a one-draft run).
        let jobs =
            fix || fixUnsafe || inputs.count < 2 ? 1 : self.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let command = self
        let warmUps = jobs > 1 && inputs.count > 1 ? marketsFirstDrafts(of: inputs, session: session) : []
        try OrderedParallel.forEach(
            warmUps.map(DraftWork.warmUp) + inputs.map(DraftWork.lint), jobs: jobs,
            work: { work -> ReportStream<Format>.Part? in
                switch work {
                case .warmUp(let input):
                    _ = try? command.lint(input, session: session, engine: engine)
                    return nil
                case .lint(let input):
                    let result = try command.lint(input, session: session, engine: engine)
                    return try ReportStream.Part(result, for: reporter)
                }
            }
        ) {
            _, part in
            if let part { try output.add(part, write: write) }
        }
        return try output.finish(rules: session.compiledRules, write: write)
    }

    /// What the threads of `--jobs` work on, in order: a market's warm-up, then every draft.
    private enum DraftWork: Sendable {
        /// A draft linted ahead and its result dropped, so that its market's linter and what the linter builds on
        /// first use (vocabularies of zones, units and periods, the literal automaton for its scripts, ICU
        /// formatters) are ready before the market's drafts come up. The warm-ups of several markets run on
        /// different threads; when every thread reached a market's drafts at once, they built all that together,
        /// waiting on each other and on ICU's global lock.
        case warmUp(DraftInputs.Input)
        /// A draft whose report is printed in its turn.
        case lint(DraftInputs.Input)
    }

    /// The first draft of each market among the first drafts of the folders (matching every path against the
    /// config's globs cost more than the warm-ups save); a market this misses warms up with its first draft.
    /// Standard input is never read ahead. A draft that fails is left for its turn to report, in order.
    private func marketsFirstDrafts(of inputs: [DraftInputs.Input], session: LintSession) -> [DraftInputs.Input] {
        var folders: Set<Substring> = []
        var markets: Set<String> = []
        return inputs.filter { input in
            guard input.path != "-",
                folders.insert(input.path[..<(input.path.lastIndex(of: "/") ?? input.path.startIndex)]).inserted,
                let tag = options.market ?? session.config.assignment(for: input.path).market
            else { return false }
            return markets.insert(tag).inserted
        }
    }

    /// One draft through the engine, for the market and channel the options or the config give its path.
    private func lint(_ input: DraftInputs.Input, session: LintSession, engine: TactfulEngine) throws
        -> LintReport.FileResult
    {
        let file = try input.read()
        let assignment = session.config.assignment(for: input.path)
        guard let tag = options.market ?? assignment.market else {
            throw InputError("\(input.path): no market: pass --market TAG or map the path in .tactful.yml")
        }
        let request = LintRequest(
            text: file.text, market: tag, channel: (options.channel ?? assignment.channel ?? .email).rawValue,
            uiLanguage: options.uiLanguage.rawValue, teamTimeZone: options.teamZone)
        return try DraftLint.lint(
            request, file: file, engine: engine, fix: fixUnsafe ? .unsafe : fix ? .safe : nil,
            marketOption: options.market != nil ? "--market" : "\(input.path): market")
    }

    static func directory(of path: String) -> String {
        var isDirectory: ObjCBool = false
        FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        return isDirectory.boolValue
            ? path
            : (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
    }
}
