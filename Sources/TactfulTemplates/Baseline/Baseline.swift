import Foundation
import TactfulLint

/// Accepted findings, so a team can adopt Tactful on a large library and fail CI only on new ones.
/// Keyed by file, rule and the normalised text of the finding's line (not its number), with counts, so edits
/// elsewhere in a file do not resurrect them.
public struct Baseline: Codable, Sendable, Equatable {
    /// One accepted (file, rule, line text) with how many findings it covers.
    public struct Entry: Codable, Sendable, Equatable {
        public var file: String
        public var rule: String
        public var text: String
        public var count: Int
    }

    /// The format version (1).
    public var version = 1
    /// Entries sorted by file, rule and text.
    public var entries: [Entry]

    /// A baseline accepting every finding of `results`.
    public init(results: [LintReport.FileResult]) {
        var lines = FileLines()
        var counts: [String: Entry] = [:]
        for result in results {
            for finding in result.findings {
                let entry = Entry(
                    file: result.path, rule: finding.rule, text: lines.normalized(result.path, finding.line), count: 1)
                let key = "\(entry.file)\u{0}\(entry.rule)\u{0}\(entry.text)"
                counts[key, default: Entry(file: entry.file, rule: entry.rule, text: entry.text, count: 0)].count += 1
            }
        }
        entries = counts.values.sorted { ($0.file, $0.rule, $0.text) < ($1.file, $1.rule, $1.text) }
    }

    /// Reads a baseline file.
    public init(contentsOf path: String) throws(InputFileError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputFileError(path: path, problem: "cannot read the baseline")
        }
        do { self = try JSONDecoder().decode(Baseline.self, from: data) } catch {
            throw InputFileError(path: path, problem: "is not a Tactful baseline (JSON with version and entries)")
        }
        guard version == 1 else {
            throw InputFileError(path: path, problem: "has baseline version \(version); this Tactful reads 1")
        }
    }

    /// Writes the baseline as sorted, pretty JSON (atomically).
    public func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// The results without the findings this baseline accepts.
    public func filter(_ results: [LintReport.FileResult]) -> [LintReport.FileResult] {
        var remaining = Dictionary(
            entries.map { ("\($0.file)\u{0}\($0.rule)\u{0}\($0.text)", $0.count) }, uniquingKeysWith: +)
        var lines = FileLines()
        return results.map { result in
            var kept = result
            kept.findings = result.findings.filter { finding in
                let key = "\(result.path)\u{0}\(finding.rule)\u{0}\(lines.normalized(result.path, finding.line))"
                guard let count = remaining[key], count > 0 else { return true }
                remaining[key] = count - 1
                return false
            }
            return kept
        }
    }
}

/// Lines of files, read once, normalised (trimmed, whitespace runs collapsed) for baseline keys.
struct FileLines {
    private var cache: [String: [Substring]] = [:]

    mutating func normalized(_ path: String, _ line: Int) -> String {
        if cache[path] == nil {
            let text = (try? TextFile(path: path).text) ?? ""
            cache[path] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = cache[path], lines.indices.contains(line - 1) else { return "" }
        return lines[line - 1].split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
