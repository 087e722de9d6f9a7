/// Feeds a run's results to a reporter one file at a time, in file order, keeping only the counts of the summary
/// (never a file's findings or text): with the reporter's own bounded progress, memory stays flat however large
/// the corpus. What it hands `write`, put together, is the text of rendering the whole report.
public struct ReportStream<Format: Reporter> {
    /// The reporter printing the run.
    public let reporter: Format
    private var progress: Format.Progress
    private var summary = LintReport.Summary()

    /// A stream into `reporter`.
    public init(reporter: Format) throws {
        self.reporter = reporter
        progress = try reporter.start()
    }

    /// One file's share of a run, rendered from that file's result alone, so that the thread that linted the file
    /// renders it while other files are linted: the reporter's part and the file's counts.
    public struct Part: Sendable {
        fileprivate let rendered: Format.FilePart
        fileprivate let counts: LintReport.Summary

        /// The share of `file` in a run printed by `reporter`.
        public init(_ file: LintReport.FileResult, for reporter: Format) throws {
            rendered = try reporter.part(of: file)
            counts = LintReport.Summary(counting: [file])
        }
    }

    /// Takes the next file's share, handing `write` what can be printed now.
    public mutating func add(_ part: Part, write: (String) -> Void) throws {
        summary.add(part.counts)
        try reporter.add(part.rendered, to: &progress, write: write)
    }

    /// Hands `write` the rest of the report after the last file; returns the counts over every file added.
    public mutating func finish(rules: [RuleInfo], write: (String) -> Void) throws -> LintReport.Summary {
        try reporter.finish(&progress, summary: summary, rules: rules, write: write)
        return summary
    }
}
