import Foundation

/// `--format json`: the report as pretty, key-sorted JSON (the stable contract of docs/QA.md).
public enum JSONRenderer {
    /// The report's JSON text, with a final newline.
    public static func render(_ report: QAReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}
