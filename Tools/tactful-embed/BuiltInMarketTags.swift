import TactfulMarketTags

/// The built-in packs' names checked as market tags when the binary is built, by the same code a run uses for any
/// other tag (``MarketTagCheck``): resolving `--market en-US` then lists neither every locale ICU has nor the
/// region's zones.
enum BuiltInMarketTags {
    /// Each top-level pack name that is a known tag (`de-AT`, `es-419`, `de`), and its outcome as
    /// `MarketTagCheck.encode` writes it.
    static func lines(packNames: [String]) -> [String: String] {
        var lines: [String: String] = [:]
        for name in packNames where !name.contains("/") {
            lines[name] = MarketTagCheck.encode(MarketTagCheck.check(name))
        }
        return lines
    }
}
