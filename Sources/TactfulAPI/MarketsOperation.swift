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

    /// The markets with packs, resolved; a market that fails to resolve is an error (`markets` leaves it out): what
    /// `tactful markets list --format json` prints.
    public func knownMarketList() throws(FieldError) -> [Market] {
        do {
            return try linters.resolver.knownMarkets.map { tag throws(MarketError) in try linters.market(for: tag) }
        } catch { throw FieldError("market", "\(error)") }
    }

    /// The market a tag, an ICU ID or a region resolves to, or (without a tag) the one an Accept-Language header
    /// negotiates: what `tactful markets show --format json` prints.
    public func market(tag: String?, acceptLanguage: String?) throws(FieldError) -> Market {
        try resolveMarket(tag, acceptLanguage: acceptLanguage)
    }
}
