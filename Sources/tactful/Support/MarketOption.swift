import TactfulICU
import TactfulMarkets

/// Resolves a `--market TAG` value; bad tags become one-line input errors (exit 2).
enum MarketOption {
    /// The market for `tag`.
    static func resolve(_ tag: String) throws -> Market {
        try MarketResolver().resolve(tag)
    }

    /// The locale to format for in the market `tag`, named by the market's own tag (`de-DE`, `zh-HK`).
    ///
    /// Validated as `resolve` validates, but without building the market or reading the system's zone names:
    /// `tactful size --market` must start in well under 20 ms.
    static func locale(_ tag: String) throws -> ICU.LocaleID {
        let maximized = try MarketResolver(zoneNames: ZoneNames(tzdataZi: "")).validatedLocale(tag)
        return (try? ICU.LocaleID(tag: PackNames.name(of: maximized))) ?? maximized
    }
}
