/// The result of a lint run over one or more texts: the JSON contract of `tactful lint --format json` and of
/// `POST /v1/lint`. Fields are only ever added.
public struct LintReport: Codable, Sendable {
    /// The findings of one file or text.
    public struct FileResult: Codable, Sendable {
        /// The path as given (`-` for standard input).
        public var path: String
        /// The market tag the file was linted for.
        public var market: String
        /// The channel it was linted for.
        public var channel: Channel
        /// Findings, in text order.
        public var findings: [Finding]
        /// The original text, kept for reporters that quote source lines (not encoded).
        public var text: String = ""
        /// The language the reply is written in (`de`, `zh-Hant`; ``LanguageDetector``), absent when it cannot be
        /// told: helpdesk integrations pick the market from it.
        public var language: String?

        private enum CodingKeys: String, CodingKey { case path, market, channel, language, findings }

        /// Creates a file result; the language is detected from `text` unless given.
        public init(
            path: String, market: String, channel: Channel, findings: [Finding], text: String = "", language: String? = nil
        ) {
            self.path = path
            self.market = market
            self.channel = channel
            self.findings = findings
            self.text = text
            self.language = language ?? LanguageDetector.replyLanguage(text)
        }
    }

    /// Counts over all files.
    public struct Summary: Codable, Sendable, Equatable {
        /// Files linted.
        public var files: Int
        /// All findings.
        public var findings: Int
        /// Findings by severity.
        public var errors: Int, warnings: Int, infos: Int
        /// Findings by category (only categories that occur).
        public var categories: [String: Int]
    }

    /// Per-file results, in the order the files were given.
    public var files: [FileResult]
    /// Totals.
    public var summary: Summary

    /// A report over `files`, with the summary computed.
    public init(files: [FileResult]) {
        self.files = files
        let all = files.flatMap(\.findings)
        summary = Summary(
            files: files.count, findings: all.count,
            errors: all.filter { $0.severity == .error }.count,
            warnings: all.filter { $0.severity == .warning }.count,
            infos: all.filter { $0.severity == .info }.count,
            categories: Dictionary(grouping: all, by: \.category.rawValue).mapValues(\.count))
    }

    /// True when any finding is at or above `level`.
    public func hasFindings(atOrAbove level: Severity) -> Bool {
        files.contains { $0.findings.contains { $0.severity >= level } }
    }
}

/// Renders a report in one output format.
public protocol Reporter {
    /// The report as the text to print.
    func render(_ report: LintReport, rules: [RuleInfo]) throws -> String
}

/// The output formats of `tactful lint`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, sarif, github

    /// The reporter for this format.
    public func reporter(color: Bool = false, uiLanguage: UILanguage = .en) -> any Reporter {
        switch self {
        case .text: TextReporter(color: color)
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .github: GitHubReporter()
        }
    }
}
