import ArgumentParser
import Foundation
import TactfulLint

/// `tactful lint`: checks reply drafts against the customer's market before they are sent.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
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

    @Argument(help: "Files, directories, or - for standard input.")
    var paths: [String] = []

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Give at least one PATH, or - to read standard input.") }
        if (fix || fixUnsafe) && paths.contains("-") {
            throw ValidationError("--fix rewrites files; it cannot be used with standard input (-).")
        }
    }

    func run() throws {
        let first = paths.first { $0 != "-" } ?? FileManager.default.currentDirectoryPath
        let session = try LintSession(configPath: options.config, searchFrom: Self.directory(of: first))
        let inputs = try DraftInputs.expand(paths)
        var output = ReportStream(reporter: format.reporter(.commandLine(for: format)))
        for input in inputs {
            let file = try input.read()
            let assignment = session.config.assignment(for: input.path)
            guard let tag = options.market ?? assignment.market else {
                throw InputError("\(input.path): no market: pass --market TAG or map the path in .tactful.yml")
            }
            let channel = options.channel ?? assignment.channel ?? .email
            let linter = try session.linter(for: tag, teamZone: options.teamZone)
            var findings = try linter.lint(file.text, channel: channel, uiLanguage: options.uiLanguage)
            var text = file.text
            if fix || fixUnsafe, !findings.isEmpty {
                (text, findings) = try FixSession.fix(file, findings: findings, linter: linter, channel: channel,
                                                      uiLanguage: options.uiLanguage, mode: fixUnsafe ? .unsafe : .safe)
            }
            let result = LintReport.FileResult(path: input.path, market: linter.ruleSet.market.tag, channel: channel,
                                               findings: findings, text: text)
            // Text output streams file by file, so memory stays flat however large the corpus.
            let rendered = output.add(result)
            if !rendered.isEmpty { print(rendered) }
        }
        let (report, closing) = try output.finish(rules: session.compiledRules)
        if !closing.isEmpty { print(closing) }
        if report.hasFindings(atOrAbove: options.failOn) { throw ExitCode.findings }
    }

    static func directory(of path: String) -> String {
        var isDirectory: ObjCBool = false
        FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        return isDirectory.boolValue ? path : (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
    }
}
