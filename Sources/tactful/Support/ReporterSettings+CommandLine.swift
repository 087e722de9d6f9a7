import Foundation
import TactfulLint

extension ReporterSettings {
    /// The settings of a command-line run printing `format` to standard output: colour for text on a terminal
    /// (unless `NO_COLOR` is set) and GitHub's job summary file from `$GITHUB_STEP_SUMMARY`.
    static func commandLine(for format: ReportFormat) -> ReporterSettings {
        // The two variables alone, not the whole environment made into a dictionary at every start.
        ReporterSettings(
            color: format == .text && isatty(STDOUT_FILENO) == 1 && getenv("NO_COLOR") == nil,
            stepSummaryPath: getenv("GITHUB_STEP_SUMMARY").map { String(cString: $0) })
    }
}
