/// How the linter did on one half of one corpus: precision of its warnings and errors, recall per category and market,
/// clean texts flagged and placeholders found (`tactful-bench quality`, and the dev-half test).
public struct QualityScore: Sendable, Codable {
    /// `real` or `blind`.
    public var corpus: String
    /// `dev` or `held-out`.
    public var split: CorpusSplit
    /// Texts scored.
    public var texts = 0
    /// Texts with nothing to mark.
    public var cleanTexts = 0
    /// Clean texts with at least one warning or error.
    public var cleanFlagged = 0
    /// Warning and error findings.
    public var findings = 0
    /// Warning and error findings that match a labelled problem or placeholder.
    public var matchedFindings = 0
    /// Labelled placeholders (each occurrence).
    public var placeholders = 0
    /// Placeholders overlapped by a placeholder finding (warning or error).
    public var placeholdersFound = 0
    /// Problems found ÷ problems, per category then market.
    public var recall: [String: [String: Tally]] = [:]
    /// Warnings and errors that match no label: what to read when tuning (on `dev` only).
    public var unmatched: [Miss] = []
    /// Labelled problems no warning or error found.
    public var missed: [Miss] = []

    /// Creates an empty score.
    public init(corpus: String, split: CorpusSplit) {
        self.corpus = corpus
        self.split = split
    }

    /// Matched ÷ all warning and error findings (1 when there are none).
    public var precision: Double { findings == 0 ? 1 : Double(matchedFindings) / Double(findings) }
    /// Clean texts flagged ÷ clean texts.
    public var cleanFlaggedShare: Double { cleanTexts == 0 ? 0 : Double(cleanFlagged) / Double(cleanTexts) }
    /// Placeholders found ÷ placeholders (1 when there are none).
    public var placeholderRecall: Double { placeholders == 0 ? 1 : Double(placeholdersFound) / Double(placeholders) }
    /// Problems found ÷ problems over every category and market.
    public var overallRecall: Tally { recall.values.flatMap(\.values).reduce(Tally(), +) }
    /// Problems found ÷ problems of one category over every market.
    public func recall(of category: String) -> Tally { recall[category]?.values.reduce(Tally(), +) ?? Tally() }
    /// Problems found ÷ problems of one market over every category.
    public func recall(market: String) -> Tally { recall.values.compactMap { $0[market] }.reduce(Tally(), +) }

    /// A count of found out of total.
    public struct Tally: Sendable, Codable, Equatable {
        /// Found.
        public var found = 0
        /// Total.
        public var total = 0
        /// Found ÷ total (1 when there are none).
        public var share: Double { total == 0 ? 1 : Double(found) / Double(total) }
        /// The sum of two tallies.
        public static func + (lhs: Tally, rhs: Tally) -> Tally {
            Tally(found: lhs.found + rhs.found, total: lhs.total + rhs.total)
        }
    }

    /// A finding no label explains, or a label no finding found.
    public struct Miss: Sendable, Codable {
        /// The corpus file.
        public var path: String
        /// The rule (unmatched findings) or `-` (missed problems).
        public var rule: String
        /// The category.
        public var category: String
        /// The text concerned.
        public var match: String
    }
}
