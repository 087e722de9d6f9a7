import TactfulMarkets

/// Resolves a `--market TAG` value into a ``Market``; bad tags become one-line input errors (exit 2).
enum MarketOption {
    /// The market for `tag`.
    static func resolve(_ tag: String) throws -> Market {
        try MarketResolver().resolve(tag)
    }
}
