/// A market's culture guide for support agents, assembled from the data the linter uses (packs, glossaries, law
/// tables, holiday calendars, CLDR through ICU): what `tactful guide --format json` prints, `GET /v1/guide`
/// returns and the MCP tool `guide` gives as structured content. Every line names its source.
public struct MarketGuide: Codable, Sendable, Equatable {
    /// The market's tag (`de-DE`).
    public let market: String
    /// The market's name in the UI language (`German (Germany)`, `德语（德国）`).
    public let name: String
    /// The market's language (`de`) and region (`DE`).
    public let language: String, region: String
    /// The language of headings and messages (`en`, `zh-Hans`).
    public let uiLanguage: String
    /// The guide's title in the UI language.
    public let title: String
    /// The first and last day of the holidays listed, `YYYY-MM-DD` (60 days).
    public let from: String, to: String
    /// The sections, always in this order: register, taboos, holidays, occasions, conventions, law, vocabulary.
    public let sections: [GuideSection]

    /// A guide.
    public init(
        market: String, name: String, language: String, region: String, uiLanguage: String, title: String,
        from: String, to: String, sections: [GuideSection]
    ) {
        (self.market, self.name, self.language, self.region) = (market, name, language, region)
        (self.uiLanguage, self.title, self.from, self.to, self.sections) = (uiLanguage, title, from, to, sections)
    }
}
