/// One rewrite in a draft: what was found, where, and what replaces it.
public struct DraftConversion: Encodable, Sendable, Equatable {
    /// Where the original text is, in UTF-16 code units (what editors, LSP and JavaScript count).
    public struct Span: Encodable, Sendable, Equatable {
        /// The first code unit.
        public let start: Int
        /// One past the last code unit.
        public let end: Int
    }

    /// `price`, `measurement`, `date` or `time`.
    public let kind: String
    /// The text as written.
    public let original: String
    /// The value written for the market (`46,21 €`, `25,4 cm`, `15. März 2026`).
    public let converted: String
    /// What replaces the original: the converted value alone, or the original with it in parentheses
    /// (`$49.99 (≈ 46,21 €)`) where an agent keeps both.
    public let replacement: String
    /// The original's place in the draft.
    public let span: Span
    /// An assumption or caveat (an ambiguous `$`, the rates' date), or nil.
    public let note: String?
}

/// A draft rewritten for a market: the `tactful convert --format json` object.
public struct DraftResult: Encodable, Sendable {
    /// The rewritten draft.
    public let text: String
    /// The market it was rewritten for.
    public let market: String
    /// Every rewrite, in the order of the draft.
    public let conversions: [DraftConversion]
    /// What was found but left alone, and why (ambiguous dates, prices without rates).
    public let warnings: [String]
}
