import Foundation
import TactfulLint

extension ReporterSettings {
    /// The settings of a command-line run printing `format` to standard output: colour for text on a terminal
    /// (unless `NO_COLOR` is set) and GitHub's job summary file from `$GITHUB_STEP_SUMMARY`.
    static func commandLine(for format: ReportFormat) -> ReporterSettings {
        let environment = ProcessInfo.processInfo.environment
        return ReporterSettings(
            color: format == .text && isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil,
            stepSummaryPath: environment["GITHUB_STEP_SUMMARY"])
    }
}
