/// `--format text`: for people. Each finding with its source line, a caret under the span, the message and
/// the suggested rewrite; ANSI colour when printing to a terminal.
public struct TextReporter: Reporter {
    public static let identifier = "text"
    public static let summary = "for people: each finding under its source line, with the suggested rewrite"

    /// Whether to colour the output.
    public let color: Bool

    /// Creates the reporter.
    public init(color: Bool = false) { self.color = color }

    /// Creates the reporter, coloured when the settings say the output goes to a terminal.
    public init(settings: ReporterSettings) { self.init(color: settings.color) }

    /// The file's findings, printed as soon as the file's turn comes.
    public func part(of file: LintReport.FileResult) -> String { renderFile(file) }

    /// Nothing: each file is printed at once.
    public func start() {}

    /// Prints the file's findings (nothing for a file without), each file's on lines of their own.
    public func add(_ part: String, to progress: inout Void, write: (String) -> Void) {
        if !part.isEmpty { write(part + "\n") }
    }

    /// Prints the closing count line.
    public func finish(_ progress: inout Void, summary: LintReport.Summary, rules: [RuleInfo], write: (String) -> Void)
    {
        write(renderSummary(summary))
    }

    /// The findings of one file (empty when it has none), for printing as files are linted.
    public func renderFile(_ file: LintReport.FileResult) -> String {
        guard !file.findings.isEmpty else { return "" }
        var out: [String] = [paint("\(file.path) — market \(file.market), channel \(file.channel.rawValue)", "1")]
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        for finding in file.findings {
            let label = paint(
                finding.severity.rawValue,
                finding.severity == .error ? "31" : finding.severity == .warning ? "33" : "36")
            out.append("\(file.path):\(finding.line):\(finding.column): \(label): \(finding.message) [\(finding.rule)]")
            if lines.indices.contains(finding.line - 1) {
                let (source, caretStart) = Self.window(String(lines[finding.line - 1]), column: finding.column)
                out.append("    " + source)
                // Columns, not UTF-16 units: CJK and emoji take two, combining marks none (East Asian Width).
                let before = String(decoding: Array(source.utf16.prefix(caretStart)), as: UTF16.self)
                let matched =
                    finding.endLine == finding.line
                    ? String(
                        decoding: Array(
                            source.utf16.dropFirst(caretStart).prefix(max(finding.endColumn - finding.column, 1))),
                        as: UTF16.self)
                    : " "
                let prefix = before.map {
                    $0 == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.columns(String($0)))
                }.joined()
                let width = max(DisplayWidth.columns(matched), 1)
                out.append("    " + prefix + paint("^" + String(repeating: "~", count: min(width - 1, 80)), "32"))
            }
            if let fix = finding.fixes.first {
                let kind =
                    fix.suggestion
                    ? " (suggestion, not applied: it would change what the reply says)" : fix.safe ? "" : " (rewording)"
                out.append(
                    "    " + paint(fix.suggestion ? "example" : "suggestion", "32") + ": \(fix.replacement)" + kind)
            }
        }
        return out.joined(separator: "\n")
    }

    /// The closing count line.
    public func renderSummary(_ summary: LintReport.Summary) -> String {
        "\(summary.files) file\(summary.files == 1 ? "" : "s"): \(summary.errors) error\(summary.errors == 1 ? "" : "s"), "
            + "\(summary.warnings) warning\(summary.warnings == 1 ? "" : "s"), \(summary.infos) info"
    }

    /// At most ~120 UTF-16 units of a long line around the finding, with "…" where cut; and the caret's offset.
    static func window(_ line: String, column: Int) -> (String, Int) {
        let units = Array(line.utf16.filter { $0 != 0x0D })
        guard units.count > 120 else { return (String(decoding: units, as: UTF16.self), column - 1) }
        var start = max(0, column - 1 - 40)
        let end = min(units.count, start + 120)
        if start > 0, (0xDC00...0xDFFF).contains(units[start]) { start += 1 }
        let head = start > 0 ? "…" : "", tail = end < units.count ? "…" : ""
        return (
            head + String(decoding: units[start..<end], as: UTF16.self) + tail, column - 1 - start + head.utf16.count
        )
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
