extension LintReport {
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
            path: String, market: String, channel: Channel, findings: [Finding], text: String = "",
            language: String? = nil
        ) {
            self.path = path
            self.market = market
            self.channel = channel
            self.findings = findings
            self.text = text
            self.language = language ?? LanguageDetector.replyLanguage(text)
        }
    }
}
