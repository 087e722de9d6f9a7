/// `--format text`: for people. Each finding with its source line, a caret under the span, the message and
/// the suggested rewrite; ANSI colour when printing to a terminal.
public struct TextReporter: Reporter {
    /// Whether to colour the output.
    public let color: Bool

    /// Creates the reporter.
    public init(color: Bool = false) { self.color = color }

    public func render(_ report: LintReport, rules: [RuleInfo]) throws -> String {
        var out: [String] = []
        for file in report.files {
            let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
            for finding in file.findings {
                let label = paint(finding.severity.rawValue, finding.severity == .error ? "31" : finding.severity == .warning ? "33" : "36")
                out.append("\(file.path):\(finding.line):\(finding.column): \(label): \(finding.message) [\(finding.rule)]")
                if lines.indices.contains(finding.line - 1) {
                    let source = String(lines[finding.line - 1]).replacingAll(["\r": ""])
                    out.append("    " + source)
                    let width = finding.endLine == finding.line ? max(finding.endColumn - finding.column, 1) : 1
                    let prefix = String(decoding: Array(source.utf16.prefix(finding.column - 1)), as: UTF16.self)
                        .map { $0 == "\t" ? "\t" : " " }.joined()
                    out.append("    " + prefix + paint("^" + String(repeating: "~", count: max(width - 1, 0)), "32"))
                }
                if let fix = finding.fixes.first {
                    out.append("    " + paint("suggestion", "32") + ": \(fix.replacement)" + (fix.safe ? "" : " (rewording)"))
                }
            }
        }
        let summary = report.summary
        out.append("\(summary.files) file\(summary.files == 1 ? "" : "s"): \(summary.errors) error\(summary.errors == 1 ? "" : "s"), "
                   + "\(summary.warnings) warning\(summary.warnings == 1 ? "" : "s"), \(summary.infos) info")
        return out.joined(separator: "\n")
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
