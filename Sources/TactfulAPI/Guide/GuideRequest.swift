/// `GET /v1/guide?market=de-DE` (`uiLanguage`, `from`, `format`), the MCP tool `guide` and `tactful guide`: a
/// market's culture guide for support agents.
public struct GuideRequest: Codable, Sendable {
    /// The customer's market: a locale tag (de-DE, ja-JP) or a region (JP).
    public var market: String
    /// The language of headings and messages: `en` (default) or `zh-Hans`.
    public var uiLanguage: String?
    /// The first day of the 60 days of holidays, `YYYY-MM-DD` (default: today).
    public var from: String?
    /// `md`, `html` or `json`: how the doors that print text render the guide (the JSON is the same).
    public var format: String?

    /// A request for `market`.
    public init(market: String, uiLanguage: String? = nil, from: String? = nil, format: String? = nil) {
        self.market = market
        self.uiLanguage = uiLanguage
        self.from = from
        self.format = format
    }
}
