import TactfulLint
import TactfulMarkets

/// `GET /v1/markets`: the markets with packs, and the closed choices a client offers in its pickers.
public struct MarketsResponse: Encodable, Sendable {
    /// Every market with a pack of its own, as `tactful markets --format json` lists them.
    public let markets: [Market]
    /// The channels a draft may be linted for.
    public let channels: [String]
    /// The languages findings can be explained in.
    public let uiLanguages: [String]
    /// The config's default market, if it names one.
    public let defaultMarket: String?
    /// The config's default channel (else `email`).
    public let defaultChannel: String
}

extension TactfulEngine {
    /// The markets and choices for pickers.
    public func marketList() -> MarketsResponse {
        MarketsResponse(
            markets: markets, channels: Channel.allCases.map(\.rawValue),
            uiLanguages: UILanguage.allCases.map(\.rawValue),
            defaultMarket: linters.config.market, defaultChannel: (linters.config.channel ?? .email).rawValue)
    }
}
