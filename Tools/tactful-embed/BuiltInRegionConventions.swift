import TactfulMarketTags

/// The built-in markets' conventions read when the binary is built, by the same code a run uses for any other
/// locale (``RegionConventions``): resolving `--market de-DE` then opens no ICU date pattern generator.
enum BuiltInRegionConventions {
    /// Each known pack name's maximal locale identifier (`de_Latn_DE`), from its checked tag line
    /// (`MarketTagCheck.encode`), and that locale's conventions as `RegionConventions.encoded` writes them.
    static func lines(checkedTags: [String: String]) -> [String: String] {
        var lines: [String: String] = [:]
        for line in checkedTags.values {
            guard case .known(let locale, _) = MarketTagCheck.decode(line) else { continue }
            lines[locale.identifier] = RegionConventions(reading: locale).encoded
        }
        return lines
    }
}
