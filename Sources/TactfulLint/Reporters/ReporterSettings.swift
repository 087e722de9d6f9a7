/// What a reporter may need to know about the run that prints it. The library never asks the terminal or the
/// environment itself: the command fills these in.
public struct ReporterSettings: Sendable {
    /// Whether the output goes to a terminal that shows ANSI colour (`text`).
    public var color: Bool
    /// The GitHub Actions job summary file (`$GITHUB_STEP_SUMMARY`) the `github` format appends its table to;
    /// `nil` when there is none.
    public var stepSummaryPath: String?
    /// The folder SARIF locations are relative to; `nil`: found from the first reported file (`sarif`).
    public var sourceRoot: SARIFSourceRoot?

    /// Settings for a run; by default no colour, no job summary and the SARIF root found from the files.
    public init(color: Bool = false, stepSummaryPath: String? = nil, sourceRoot: SARIFSourceRoot? = nil) {
        self.color = color
        self.stepSummaryPath = stepSummaryPath.flatMap { $0.isEmpty ? nil : $0 }
        self.sourceRoot = sourceRoot
    }
}
