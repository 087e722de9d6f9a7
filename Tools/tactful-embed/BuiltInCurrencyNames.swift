import TactfulCurrencyNames
import TactfulICU

/// The currency names of every built-in market's locale, read with ICU when the binary is built by the same code a
/// run uses (``CurrencyNameReader``): a run that lints a number in a non-English draft then opens none of the ~90
/// number formatters the reading takes. Keyed by the maximal locale ID a market carries (`de_Latn_DE`).
enum BuiltInCurrencyNames {
    /// The encoded table of each pack name's market locale; English markets (whose drafts' currency names are not
    /// read) are left out.
    static func tables(packNames: [String]) -> [String: String] {
        var tables: [String: String] = [:]
        for name in packNames where name != "root" {
            guard let maximal = try? ICU.LocaleID(tag: name).maximized(), maximal.language != "en",
                !maximal.region.isEmpty, tables[maximal.identifier] == nil,
                let locale = try? ICU.LocaleID(tag: maximal.identifier)
            else { continue }
            tables[maximal.identifier] = CurrencyNameReader.encode(CurrencyNameReader.table(locale: locale))
        }
        return tables
    }
}
