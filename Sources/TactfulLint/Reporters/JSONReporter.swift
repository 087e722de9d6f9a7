import Foundation

/// `--format json`: the report as stable, key-sorted JSON. Each file's object is encoded on its own (on the thread
/// that linted it, in a run over many files), as the encoder would nest it in the `files` array, and spooled; the
/// summary, which sorts after `files`, closes the report.
public struct JSONReporter: Reporter {
    public static let identifier = "json"
    public static let summary = "the report as stable, key-sorted JSON (the contract of POST /v1/lint)"

    /// Creates the reporter.
    public init() {}

    /// Creates the reporter (JSON needs no settings).
    public init(settings: ReporterSettings) {}

    /// The file's object as it reads in the report's `files` array, indented to its depth.
    public func part(of file: LintReport.FileResult) throws -> String {
        "    " + PrettyJSON.nested(try PrettyJSON.encoded(file), by: 4)
    }

    /// `{"files": [objects…], "summary": …}`; a report without files is the encoder's own whole encoding (its
    /// spelling of an empty array).
    public func finish(
        _ spool: inout ReportSpool, summary: LintReport.Summary, rules: [RuleInfo], write: (String) -> Void
    ) throws {
        guard summary.files > 0 else {
            var empty = LintReport(files: [])
            empty.summary = summary
            write(String(decoding: try PrettyJSON.encoded(empty), as: UTF8.self))
            return
        }
        write("{\n  \"files\" : [\n")
        var first = true
        try spool.forEach { part in
            write(first ? part : ",\n" + part)
            first = false
        }
        write("\n  ],\n  \"summary\" : \(PrettyJSON.nested(try PrettyJSON.encoded(summary), by: 2))\n}")
    }
}
