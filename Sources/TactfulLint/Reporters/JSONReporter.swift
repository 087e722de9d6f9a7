import Foundation

/// `--format json`: the report as stable, key-sorted JSON.
public struct JSONReporter: Reporter {
    public static let identifier = "json"
    public static let summary = "the report as stable, key-sorted JSON (the contract of POST /v1/lint)"

    /// Creates the reporter.
    public init() {}

    /// Creates the reporter (JSON needs no settings).
    public init(settings: ReporterSettings) {}

    public func render(_ report: LintReport, rules: [RuleInfo]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
