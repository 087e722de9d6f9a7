import TactfulICU
import TactfulMarkets

/// Resolves a `--market TAG` value; bad tags become one-line input errors (exit 2).
enum MarketOption {
    /// The market for `tag`.
    static func resolve(_ tag: String) throws -> Market {
        try MarketResolver().resolve(tag)
    }

    /// The locale to format for in the market `tag`, named by the market's own tag (`de-DE`, `zh-HK`).
    static func locale(_ tag: String) throws -> ICU.LocaleID {
        let market = try resolve(tag)
        return (try? ICU.LocaleID(tag: market.tag)) ?? market.locale
    }
}
