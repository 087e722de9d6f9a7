/// Feeds a run's results to a reporter one file at a time. A ``StreamingReporter`` prints each file at once and keeps
/// only what the summary counts, so memory stays flat however large the corpus; any other reporter keeps the
/// findings (never the text) and prints the whole report at the end. Either way the printed text is the same as
/// rendering the whole report.
public struct ReportStream {
    /// The reporter printing the run.
    public let reporter: any Reporter
    private var files: [LintReport.FileResult] = []

    /// A stream into `reporter`.
    public init(reporter: any Reporter) { self.reporter = reporter }

    /// Takes the result of the next file; returns the text to print now (empty: nothing).
    public mutating func add(_ file: LintReport.FileResult) -> String {
        var kept = file
        kept.text = ""
        guard let streaming = reporter.streaming else {
            files.append(kept)
            return ""
        }
        kept.findings = file.findings.map(\.severityOnly)
        files.append(kept)
        return streaming.renderFile(file)
    }

    /// The report over every file added, and the text to print after the last one (empty: nothing).
    public func finish(rules: [RuleInfo]) throws -> (report: LintReport, output: String) {
        let report = LintReport(files: files)
        if let streaming = reporter.streaming {
            return (report, streaming.renderSummary(report.summary))
        }
        return (report, try reporter.render(report, rules: rules))
    }
}
