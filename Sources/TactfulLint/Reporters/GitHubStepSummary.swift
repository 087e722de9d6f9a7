import Foundation

/// The job summary of `--format github`: every finding as one row of a GitHub-flavoured Markdown table, appended
/// to the file GitHub names in `$GITHUB_STEP_SUMMARY` (the command passes the path; ``ReporterSettings``).
enum GitHubStepSummary {
    /// The heading and the table's head, before the rows.
    static func heading(_ summary: LintReport.Summary) -> String {
        "## Tactful: \(summary.errors) errors, \(summary.warnings) warnings, \(summary.infos) info\n\n"
            + "| severity | file | line | rule | message |\n| --- | --- | --- | --- | --- |\n"
    }

    /// One finding's row of the table.
    static func row(path: String, finding: Finding) -> String {
        let cells = [
            finding.severity.rawValue, path, "\(finding.line):\(finding.column)", finding.rule, finding.message,
        ]
        return "| " + cells.map(cell).joined(separator: " | ") + " |\n"
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

    /// Appends the heading over `summary` and the table of the `rows` spooled (most severe level first, each in
    /// file order) to the file at `path` (created when missing).
    static func append(_ summary: LintReport.Summary, rows: [ReportSpool], to path: String) throws {
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
            try handle.write(contentsOf: Data(heading(summary).utf8))
            for spool in rows { try spool.forEach { try handle.write(contentsOf: Data($0.utf8)) } }
        } catch let error as InputFileError {
            throw error
        } catch {
            throw InputFileError(path: path, problem: "could not be written (the GITHUB_STEP_SUMMARY job summary)")
        }
    }
}
