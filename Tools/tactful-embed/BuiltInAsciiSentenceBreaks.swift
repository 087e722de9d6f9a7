import TactfulAsciiWordBreaks
import TactfulICU
import TactfulMarketTags

/// Whether ICU's sentence iterator for each built-in market's maximal locale agrees with the ASCII sentence breaker,
/// checked when the binary is built by the same code a run uses for any other locale
/// (``AsciiSentenceBreaker/agrees(with:)``): a run then opens no ICU sentence iterator for an ASCII draft, nor runs
/// one over the breaker's probe text (4M instructions, a fortieth of linting one English draft).
enum BuiltInAsciiSentenceBreaks {
    /// Each known pack name's maximal locale identifier (`en_Latn_US`), from its checked tag line
    /// (`MarketTagCheck.encode`), and `agree` or `differ`.
    static func verdicts(checkedTags: [String: String]) -> [String: String] {
        var verdicts: [String: String] = [:]
        for line in checkedTags.values {
            guard case .known(let locale, _) = MarketTagCheck.decode(line),
                let iterator = try? ICU.BreakIterator(.sentence, locale: locale),
                let agrees = try? AsciiSentenceBreaker.agrees(with: iterator)
            else { continue }
            verdicts[locale.identifier] = agrees ? "agree" : "differ"
        }
        return verdicts
    }
}
