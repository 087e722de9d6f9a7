import TactfulAsciiWordBreaks
import TactfulICU
import TactfulMarketTags

/// Whether ICU's word iterator for each built-in market's maximal locale agrees with the ASCII word breaker, checked
/// when the binary is built by the same code a run uses for any other locale (``AsciiWordBreaker/agrees(with:)``):
/// linting a first ASCII draft then runs no ICU iterator over the breaker's probe text.
enum BuiltInAsciiWordBreaks {
    /// Each known pack name's maximal locale identifier (`en_Latn_US`), from its checked tag line
    /// (`MarketTagCheck.encode`), and `agree` or `differ`.
    static func verdicts(checkedTags: [String: String]) -> [String: String] {
        var verdicts: [String: String] = [:]
        for line in checkedTags.values {
            guard case .known(let locale, _) = MarketTagCheck.decode(line),
                let iterator = try? ICU.BreakIterator(.word, locale: locale),
                let agrees = try? AsciiWordBreaker.agrees(with: iterator)
            else { continue }
            verdicts[locale.identifier] = agrees ? "agree" : "differ"
        }
        return verdicts
    }
}
