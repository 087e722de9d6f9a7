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

    /// The levels in the order their annotations are printed, most severe first.
    static let levels: [Severity] = [.error, .warning, .info]

    /// One file's share: the first annotations of each level (as many as are shown), how many findings of each
    /// level the file has, and, with a job summary, its row of every finding by level.
    public struct FilePart: Sendable {
        fileprivate var annotations: [Severity: [String]] = [:]
        fileprivate var counts: [Severity: Int] = [:]
        fileprivate var rows: [Severity: String] = [:]
    }

    /// What a run keeps: the annotations shown so far, the findings seen, and the job summary's rows by level.
    public struct Progress {
        fileprivate var shown: [Severity: [String]] = [:]
        fileprivate var seen = 0
        fileprivate var rows: [Severity: ReportSpool] = [:]
    }

    public func part(of file: LintReport.FileResult) -> FilePart {
        var part = FilePart()
        for finding in file.findings {
            let count = part.counts[finding.severity, default: 0] + 1
            part.counts[finding.severity] = count
            if count <= Self.capPerLevel {
                part.annotations[finding.severity, default: []].append(
                    Self.annotation(path: file.path, finding: finding))
            }
            if stepSummaryPath != nil {
                part.rows[finding.severity, default: ""] += GitHubStepSummary.row(path: file.path, finding: finding)
            }
        }
        return part
    }

    /// Nothing shown yet; with a job summary, a spool for its rows of each level.
    public func start() throws -> Progress {
        var progress = Progress()
        if stepSummaryPath != nil {
            for level in Self.levels { progress.rows[level] = try ReportSpool() }
        }
        return progress
    }

    /// Keeps the file's annotations while its level has room, and its rows for the job summary.
    public func add(_ part: FilePart, to progress: inout Progress, write: (String) -> Void) throws {
        for (level, annotations) in part.annotations {
            let room = Self.capPerLevel - progress.shown[level, default: []].count
            progress.shown[level, default: []] += annotations.prefix(max(room, 0))
        }
        progress.seen += part.counts.values.reduce(0, +)
        for (level, rows) in part.rows { try progress.rows[level]?.append(rows) }
    }

    /// Appends the job summary, then prints the annotations, most severe first, and how many were left out.
    public func finish(
        _ progress: inout Progress, summary: LintReport.Summary, rules: [RuleInfo], write: (String) -> Void
    ) throws {
        if let stepSummaryPath {
            try GitHubStepSummary.append(
                summary, rows: Self.levels.compactMap { progress.rows[$0] }, to: stepSummaryPath)
        }
        let shown = Self.levels.flatMap { progress.shown[$0] ?? [] }
        var output = shown.joined(separator: "\n")
        let omitted = progress.seen - shown.count
        if omitted > 0 {
            output +=
                "\ntactful: \(omitted) more finding(s) not annotated (GitHub's per-step cap); "
                + (stepSummaryPath == nil
                    ? "run with --format text to see them all" : "all are listed in the job summary")
        }
        write(output)
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
