/// Renders a lint report in one output format. Each conforming type is one `--format`, registered once in
/// ``ReportFormat/registered`` and shared by `tactful lint` and `tactful check`.
public protocol Reporter: Sendable {
    /// The name `--format` takes (`text`, `json`, …); unique among ``ReportFormat/registered``.
    static var identifier: String { get }
    /// What the format is for, in a few words, as `--help` lists it.
    static var summary: String { get }

    /// Creates the reporter for one run; `settings` carries what the run knows (a terminal, CI paths).
    init(settings: ReporterSettings)

    /// The report as the text to print.
    func render(_ report: LintReport, rules: [RuleInfo]) throws -> String

    /// This reporter as one that prints file by file, else nil. A requirement, not an `as?` cast: a cast looks
    /// through every protocol conformance of the process the first time.
    var streaming: (any StreamingReporter)? { get }
    /// This reporter as one assembled from per-file pieces, else nil (a requirement for the same reason).
    var piecewise: (any PiecewiseReporter)? { get }
}

extension Reporter {
    /// Nil: the whole report is rendered at the end.
    public var streaming: (any StreamingReporter)? { nil }
    /// Nil: the whole report is rendered at the end.
    public var piecewise: (any PiecewiseReporter)? { nil }
}

/// A reporter that can print each file as soon as it is linted and only a closing summary at the end, so that a
/// long run shows progress and keeps only counts. Rendering the whole report gives the same text as the files'
/// non-empty parts followed by the summary, one per line.
public protocol StreamingReporter: Reporter {
    /// The findings of one file (empty when there is nothing to print for it).
    func renderFile(_ file: LintReport.FileResult) -> String

    /// The closing lines, after every file.
    func renderSummary(_ summary: LintReport.Summary) -> String
}

extension StreamingReporter {
    /// This reporter.
    public var streaming: (any StreamingReporter)? { self }
}

/// A reporter whose report is put together from one piece per file, each rendered from that file's result alone,
/// and the summary: a run over many files renders each piece on the thread that linted the file. Rendering the
/// whole report gives the same text as assembling its files' pieces.
public protocol PiecewiseReporter: Reporter {
    /// The part of the report that is one file's.
    func renderPiece(_ file: LintReport.FileResult) throws -> String

    /// The report made of the files' pieces, in file order, and the summary over those files.
    func assemble(_ pieces: [String], summary: LintReport.Summary) throws -> String
}

extension PiecewiseReporter {
    /// This reporter.
    public var piecewise: (any PiecewiseReporter)? { self }
}
