import Foundation

/// The job summary of `--format github`: every finding as one row of a GitHub-flavoured Markdown table, appended
/// to the file GitHub names in `$GITHUB_STEP_SUMMARY` (the command passes the path; ``ReporterSettings``).
enum GitHubStepSummary {
    /// The heading and the table, most severe first.
    static func markdown(_ report: LintReport) -> String {
        var markdown =
            "## Tactful: \(report.summary.errors) errors, \(report.summary.warnings) warnings, \(report.summary.infos) info\n\n"
        markdown += "| severity | file | line | rule | message |\n| --- | --- | --- | --- | --- |\n"
        let rows = report.files.flatMap { file in file.findings.map { (file.path, $0) } }.sorted {
            $0.1.severity > $1.1.severity
        }
        for (path, finding) in rows {
            let cells = [
                finding.severity.rawValue, path, "\(finding.line):\(finding.column)", finding.rule, finding.message,
            ]
            markdown += "| " + cells.map(cell).joined(separator: " | ") + " |\n"
        }
        return markdown
    }

    /// A table cell's text: every line ending (LF, CR, CRLF) becomes a space, since any of them ends a table row,
    /// and `|` and `\` are backslash-escaped, so that a cell never splits (`\|` alone would leave `\\|` a pipe).
    static func cell(_ text: String) -> String {
        var result = ""
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\r": result += " "
            case "\n": if !afterCarriageReturn { result += " " }
            case "|": result += "\\|"
            case "\\": result += "\\\\"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Appends the summary of `report` to the file at `path` (created when missing).
    static func append(_ report: LintReport, to path: String) throws(InputFileError) {
        guard
            let handle = FileHandle(forWritingAtPath: path)
                ?? {
                    FileManager.default.createFile(atPath: path, contents: nil)
                    return FileHandle(forWritingAtPath: path)
                }()
        else { throw InputFileError(path: path, problem: "is not writable (the GITHUB_STEP_SUMMARY job summary)") }
        defer { try? handle.close() }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(markdown(report).utf8))
        } catch {
            throw InputFileError(path: path, problem: "could not be written (the GITHUB_STEP_SUMMARY job summary)")
        }
    }
}
