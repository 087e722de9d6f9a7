/// The result of a lint run over one or more texts: the JSON contract of `tactful lint --format json` and of
/// `POST /v1/lint`. Fields are only ever added.
public struct LintReport: Codable, Sendable {
    /// Per-file results, in the order the files were given.
    public var files: [FileResult]
    /// Totals.
    public var summary: Summary

    /// A report over `files`, with the summary computed.
    public init(files: [FileResult]) {
        self.files = files
        summary = Summary(counting: files)
    }

    /// True when any finding is at or above `level`.
    public func hasFindings(atOrAbove level: Severity) -> Bool {
        files.contains { $0.findings.contains { $0.severity >= level } }
    }
}
