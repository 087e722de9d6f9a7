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
        /// told: helpdesk integrations pick the market from it. Detected when first read.
        public var language: String? {
            get { replyLanguage.value }
            set { replyLanguage = ReplyLanguage(known: newValue) }
        }
        private var replyLanguage: ReplyLanguage

        private enum CodingKeys: String, CodingKey { case path, market, channel, language, findings }

        /// Creates a file result; the language is detected from `text` (when first read) unless given.
        public init(
            path: String, market: String, channel: Channel, findings: [Finding], text: String = "",
            language: String? = nil
        ) {
            self.path = path
            self.market = market
            self.channel = channel
            self.findings = findings
            self.text = text
            replyLanguage = language.map { ReplyLanguage(known: $0) } ?? ReplyLanguage(detectingIn: text)
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            path = try container.decode(String.self, forKey: .path)
            market = try container.decode(String.self, forKey: .market)
            channel = try container.decode(Channel.self, forKey: .channel)
            findings = try container.decode([Finding].self, forKey: .findings)
            replyLanguage = ReplyLanguage(known: try container.decodeIfPresent(String.self, forKey: .language))
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(market, forKey: .market)
            try container.encode(channel, forKey: .channel)
            try container.encodeIfPresent(language, forKey: .language)
            try container.encode(findings, forKey: .findings)
        }
    }
}
