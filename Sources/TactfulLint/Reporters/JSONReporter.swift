import Foundation

/// `--format json`: the report as stable, key-sorted JSON. Each file's part is encoded on its own (on the thread
/// that linted it, in a run over many files) and the parts are put together as the encoder would nest them.
public struct JSONReporter: PiecewiseReporter {
    public static let identifier = "json"
    public static let summary = "the report as stable, key-sorted JSON (the contract of POST /v1/lint)"

    /// Creates the reporter.
    public init() {}

    /// Creates the reporter (JSON needs no settings).
    public init(settings: ReporterSettings) {}

    public func render(_ report: LintReport, rules: [RuleInfo]) throws -> String {
        try assemble(report.files.map(renderPiece), summary: report.summary)
    }

    /// The file's object as it reads in the report's `files` array, indented to its depth.
    public func renderPiece(_ file: LintReport.FileResult) throws -> String {
        "    " + Self.nested(try Self.encoded(file), by: 4)
    }

    /// `{"files": [pieces…], "summary": …}`.
    public func assemble(_ pieces: [String], summary: LintReport.Summary) throws -> String {
        guard !pieces.isEmpty else {  // the encoder's own spelling of an empty array
            var empty = LintReport(files: [])
            empty.summary = summary
            return String(decoding: try Self.encoded(empty), as: UTF8.self)
        }
        // Written into one string of the final size: joining the pieces, then the whole, copied the report twice
        // and grew it page by page while the other threads of `--jobs` had nothing left to do.
        let opening = "{\n  \"files\" : [\n"
        let closing = "\n  ],\n  \"summary\" : \(Self.nested(try Self.encoded(summary), by: 2))\n}"
        var report = ""
        report.reserveCapacity(
            pieces.reduce(opening.utf8.count + closing.utf8.count) { $0 + $1.utf8.count + 2 })
        report += opening
        for (index, piece) in pieces.enumerated() {
            if index > 0 { report += ",\n" }
            report += piece
        }
        report += closing
        return report
    }

    private static func encoded(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// Pretty-printed `json` as it reads `spaces` deeper in a document: every line after the first indented
    /// further, except empty ones (an empty array's). A JSON string never holds a raw line break.
    private static func nested(_ json: Data, by spaces: Int) -> String {
        let newline = UInt8(ascii: "\n"), indent = [UInt8](repeating: UInt8(ascii: " "), count: spaces)
        return json.withUnsafeBytes { bytes in
            var nested: [UInt8] = []
            nested.reserveCapacity(bytes.count + bytes.count / 4)
            var lineStart = 0
            for end in bytes.indices where bytes[end] == newline {
                nested += bytes[lineStart...end]
                lineStart = end + 1
                if lineStart < bytes.count, bytes[lineStart] != newline { nested += indent }
            }
            nested += bytes[lineStart...]
            return String(decoding: nested, as: UTF8.self)
        }
    }
}
