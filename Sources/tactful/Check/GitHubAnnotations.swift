import Foundation
import TactfulLint

/// GitHub shows at most 10 error and 10 warning annotations per step (and 10 notices): print the most severe
/// first up to that cap, say how many were left out, and write the full table to `$GITHUB_STEP_SUMMARY`
/// (``StepSummary``).
enum GitHubAnnotations {
    static let capPerLevel = 10

    static func render(_ report: LintReport, rules: [RuleInfo]) throws -> String {
        var capped = report
        var shown: [Severity: Int] = [:]
        var omitted = 0
        for index in capped.files.indices {
            capped.files[index].findings = capped.files[index].findings.filter { finding in
                shown[finding.severity, default: 0] += 1
                if shown[finding.severity]! <= capPerLevel { return true }
                omitted += 1
                return false
            }
        }
        var output = try GitHubReporter().render(capped, rules: rules)
        let summaryPath = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"]
        if let summaryPath, !summaryPath.isEmpty { try StepSummary.append(report, to: summaryPath) }
        if omitted > 0 {
            output += "\ntactful: \(omitted) more finding(s) not annotated (GitHub's per-step cap); "
                + (summaryPath == nil ? "run with --format text to see them all" : "all are listed in the job summary")
        }
        return output
    }
}
