/// `--format github`: GitHub Actions workflow commands (`::error file=…,line=…,col=…::…`), one per finding,
/// most severe first, with data and properties escaped as the Actions toolkit does.
public struct GitHubReporter: Reporter {
    /// Creates the reporter.
    public init() {}

    public func render(_ report: LintReport, rules: [RuleInfo]) throws -> String {
        let entries = report.files.flatMap { file in file.findings.map { (file.path, $0) } }
            .sorted { $0.1.severity > $1.1.severity }
        return entries.map { path, finding in
            let command = switch finding.severity {
            case .error: "error"
            case .warning: "warning"
            case .info: "notice"
            }
            let properties = [
                "file=\(Self.escapeProperty(path))", "line=\(finding.line)", "col=\(finding.column)",
                "endLine=\(finding.endLine)", "endColumn=\(finding.endColumn)",
                "title=\(Self.escapeProperty("\(finding.rule) (\(finding.category.rawValue))"))",
            ].joined(separator: ",")
            var message = finding.message
            if let fix = finding.fixes.first { message += " Suggestion: \(fix.replacement)" }
            return "::\(command) \(properties)::\(Self.escapeData(message))"
        }.joined(separator: "\n")
    }

    /// Escapes a command's message: `%`, CR and LF.
    static func escapeData(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    /// Escapes a property value: as data, plus `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }
}

extension String {
    /// Replaces each Unicode scalar found in `table` by its replacement, in one pass. Scalars rather than
    /// characters: CRLF is one `Character`, which a table of `\r` and `\n` would never match.
    func replacingAll(_ table: [Unicode.Scalar: String]) -> String {
        var result = ""
        for scalar in unicodeScalars {
            if let replacement = table[scalar] { result += replacement } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
