/// `--format github`: GitHub Actions workflow commands (`::error file=…,line=…,col=…::…`), one per finding, with
/// data and properties escaped as the Actions toolkit does. GitHub shows at most 10 error, 10 warning and 10 notice
/// annotations per step, so the reporter prints the first of each level (in file order), most severe first, says how
/// many were left out, and appends every finding to the job summary (``GitHubStepSummary``) when given its file.
public struct GitHubReporter: Reporter {
    public static let identifier = "github"
    public static let summary = "GitHub Actions annotations (10 per level, as GitHub shows) and the job summary"

    /// Annotations GitHub shows per step and level.
    public static let capPerLevel = 10

    /// The job summary file (`$GITHUB_STEP_SUMMARY`) the table of every finding is appended to; `nil`: none.
    public let stepSummaryPath: String?

    /// Creates the reporter; it appends to `stepSummaryPath` when given.
    public init(stepSummaryPath: String? = nil) { self.stepSummaryPath = stepSummaryPath }

    /// Creates the reporter with the settings' job summary file.
    public init(settings: ReporterSettings) { self.init(stepSummaryPath: settings.stepSummaryPath) }

    public func render(_ report: LintReport, rules: [RuleInfo]) throws -> String {
        if let stepSummaryPath { try GitHubStepSummary.append(report, to: stepSummaryPath) }
        let all = report.files.flatMap { file in file.findings.map { (path: file.path, finding: $0) } }
        var shown: [Severity: Int] = [:]
        let entries = all.filter { entry in
            shown[entry.finding.severity, default: 0] += 1
            return shown[entry.finding.severity, default: 0] <= Self.capPerLevel
        }
        var output = entries.sorted { $0.finding.severity > $1.finding.severity }
            .map { Self.annotation(path: $0.path, finding: $0.finding) }.joined(separator: "\n")
        let omitted = all.count - entries.count
        if omitted > 0 {
            output +=
                "\ntactful: \(omitted) more finding(s) not annotated (GitHub's per-step cap); "
                + (stepSummaryPath == nil
                    ? "run with --format text to see them all" : "all are listed in the job summary")
        }
        return output
    }

    /// One workflow command: the level, the escaped position and title, and the message with its first rewrite.
    static func annotation(path: String, finding: Finding) -> String {
        let command =
            switch finding.severity {
            case .error: "error"
            case .warning: "warning"
            case .info: "notice"
            }
        let properties = [
            "file=\(escapeProperty(path))", "line=\(finding.line)", "col=\(finding.column)",
            "endLine=\(finding.endLine)", "endColumn=\(finding.endColumn)",
            "title=\(escapeProperty("\(finding.rule) (\(finding.category.rawValue))"))",
        ].joined(separator: ",")
        var message = finding.message
        if let fix = finding.fixes.first { message += " Suggestion: \(fix.replacement)" }
        return "::\(command) \(properties)::\(escapeData(message))"
    }

    /// Escapes a command's message: `%`, CR and LF.
    static func escapeData(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    /// Escapes a property value: as data, plus `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }
}
