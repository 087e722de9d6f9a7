import Foundation
import TactfulLint

/// GitHub shows at most 10 error and 10 warning annotations per step (and 10 notices): print the most severe
/// first up to that cap, say how many were left out, and write the full table to `$GITHUB_STEP_SUMMARY`.
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
        if let summaryPath, !summaryPath.isEmpty { try appendSummary(report, to: summaryPath) }
        if omitted > 0 {
            output += "\ntactful: \(omitted) more finding(s) not annotated (GitHub's per-step cap); "
                + (summaryPath == nil ? "run with --format text to see them all" : "all are listed in the job summary")
        }
        return output
    }

    private static func appendSummary(_ report: LintReport, to path: String) throws {
        var markdown = "## Tactful: \(report.summary.errors) errors, \(report.summary.warnings) warnings, \(report.summary.infos) info\n\n"
        markdown += "| severity | file | line | rule | message |\n| --- | --- | --- | --- | --- |\n"
        let rows = report.files.flatMap { file in file.findings.map { (file.path, $0) } }.sorted { $0.1.severity > $1.1.severity }
        for (path, finding) in rows {
            let cells = [finding.severity.rawValue, path, "\(finding.line):\(finding.column)", finding.rule, finding.message]
                .map { $0.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
            markdown += "| " + cells.joined(separator: " | ") + " |\n"
        }
        guard let handle = FileHandle(forWritingAtPath: path) ?? {
            FileManager.default.createFile(atPath: path, contents: nil)
            return FileHandle(forWritingAtPath: path)
        }() else { throw InputError("GITHUB_STEP_SUMMARY \(path) is not writable") }
        defer { try? handle.close() }
        handle.seekToEndOfFile()
        handle.write(Data(markdown.utf8))
    }
}
