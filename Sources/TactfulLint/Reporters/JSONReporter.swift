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
            return try Self.encoded(empty)
        }
        let files = pieces.joined(separator: ",\n")
        return "{\n  \"files\" : [\n\(files)\n  ],\n  \"summary\" : \(Self.nested(try Self.encoded(summary), by: 2))\n}"
    }

    private static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Pretty-printed `json` as it reads `spaces` deeper in a document: every line after the first indented
    /// further, except empty ones (an empty array's). A JSON string never holds a raw line break.
    private static func nested(_ json: String, by spaces: Int) -> String {
        let indent = Array(repeating: UInt8(ascii: " "), count: spaces)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(json.utf8.count + json.utf8.count / 8)
        var afterBreak = false
        for byte in json.utf8 {
            if afterBreak, byte != UInt8(ascii: "\n") { bytes += indent }
            bytes.append(byte)
            afterBreak = byte == UInt8(ascii: "\n")
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
