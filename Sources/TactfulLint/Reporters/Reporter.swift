/// Renders a lint report in one output format, file by file. Each conforming type is one `--format`, registered
/// once in ``ReportFormat/registered`` and shared by `tactful lint` and `tactful check`.
///
/// A run writes its report as its files come, in order (``ReportStream``): each file's part is rendered from that
/// file's result alone (on the thread that linted it), then added to the output, and the reporter keeps between
/// files only what does not grow with their number (counts, the first few annotations, a spool file), so that
/// memory stays flat however large the corpus. Rendering a whole report (``render(_:rules:)``) is the same run.
public protocol Reporter: Sendable {
    /// One file's share of the report, rendered from that file's result alone.
    associatedtype FilePart: Sendable
    /// What the reporter keeps from one file to the next while a run is written.
    associatedtype Progress

    /// The name `--format` takes (`text`, `json`, …); unique among ``ReportFormat/registered``.
    static var identifier: String { get }
    /// What the format is for, in a few words, as `--help` lists it.
    static var summary: String { get }

    /// Creates the reporter for one run; `settings` carries what the run knows (a terminal, CI paths).
    init(settings: ReporterSettings)

    /// The share of `file` in the report; called on any thread, in any order.
    func part(of file: LintReport.FileResult) throws -> FilePart

    /// What a run keeps before its first file.
    func start() throws -> Progress

    /// Adds the next file's part (in file order), handing `write` whatever can be printed now.
    func add(_ part: FilePart, to progress: inout Progress, write: (String) -> Void) throws

    /// Hands `write` the rest of the report, after the last file: `summary` counts every file, `rules` are those
    /// the run's findings may name.
    func finish(
        _ progress: inout Progress, summary: LintReport.Summary, rules: [RuleInfo], write: (String) -> Void
    ) throws
}

extension Reporter {
    /// The whole report as the text to print: its files written one after another.
    public func render(_ report: LintReport, rules: [RuleInfo]) throws -> String {
        var output = ""
        var progress = try start()
        for file in report.files { try add(try part(of: file), to: &progress) { output += $0 } }
        try finish(&progress, summary: report.summary, rules: rules) { output += $0 }
        return output
    }
}

/// A reporter that keeps each file's part in a spool until the run ends (JSON, JUnit: the document's head counts
/// what only the last file settles, and a run stopped by an unreadable draft prints no half document).
extension Reporter where Progress == ReportSpool, FilePart == String {
    /// An empty spool.
    public func start() throws -> ReportSpool { try ReportSpool() }

    /// Keeps the file's part until the run ends.
    public func add(_ part: String, to spool: inout ReportSpool, write: (String) -> Void) throws {
        try spool.append(part)
    }
}
