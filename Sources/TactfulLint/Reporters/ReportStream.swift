/// Feeds a run's results to a reporter one file at a time. A ``StreamingReporter`` prints each file at once and keeps
/// only what the summary counts, so memory stays flat however large the corpus; a ``PiecewiseReporter`` keeps each
/// file's piece of the report and the counts; any other reporter keeps the findings (never the text) and prints the
/// whole report at the end. Either way the printed text is the same as rendering the whole report.
public struct ReportStream {
    /// The reporter printing the run.
    public let reporter: any Reporter
    private var files: [LintReport.FileResult] = []
    private var pieces: [String] = []

    /// A stream into `reporter`.
    public init(reporter: any Reporter) { self.reporter = reporter }

    /// One file's share of a run, rendered from that file's result alone, so that the thread that linted the file
    /// renders it while other files are linted: the text to print when its turn comes, its piece of the report
    /// printed at the end, and what the report keeps of it.
    public struct Part: Sendable {
        fileprivate let printed: String
        fileprivate let piece: String?
        fileprivate let kept: LintReport.FileResult

        /// The share of `file` in a run printed by `reporter`.
        public init(_ file: LintReport.FileResult, for reporter: any Reporter) throws {
            let rendersAtTheEnd: Bool
            if let streaming = reporter.streaming {
                (printed, piece, rendersAtTheEnd) = (streaming.renderFile(file), nil, false)
            } else if let piecewise = reporter.piecewise {
                (printed, piece, rendersAtTheEnd) = ("", try piecewise.renderPiece(file), false)
            } else {
                (printed, piece, rendersAtTheEnd) = ("", nil, true)
            }
            var kept = file
            kept.text = ""
            // A file already rendered is only counted.
            if !rendersAtTheEnd { kept.findings = file.findings.map(\.severityOnly) }
            self.kept = kept
        }
    }

    /// Takes the next file's share; returns the text to print now (empty: nothing).
    public mutating func add(_ part: Part) -> String {
        files.append(part.kept)
        if let piece = part.piece { pieces.append(piece) }
        return part.printed
    }

    /// The report over every file added, and the text to print after the last one (empty: nothing).
    public func finish(rules: [RuleInfo]) throws -> (report: LintReport, output: String) {
        let report = LintReport(files: files)
        if let streaming = reporter.streaming {
            return (report, streaming.renderSummary(report.summary))
        }
        if let piecewise = reporter.piecewise {
            return (report, try piecewise.assemble(pieces, summary: report.summary))
        }
        return (report, try reporter.render(report, rules: rules))
    }
}
