import TactfulICU
import TactfulUnits

/// The unit names of every built-in market's locales, read with ICU when the binary is built by the same code a run
/// uses (``UnitNameReader``): a run that checks a draft's measurements or stated periods then opens none of the
/// three number formatters per unit the reading takes. Keyed by ICU's identifier of each locale a run reads names
/// in: the market's maximal locale (`de_Latn_DE`), its language (`de`, the stated periods') and its language with
/// its script (`de_Latn`, the measurements' second language).
enum BuiltInUnitNames {
    /// The encoded table of each of the pack names' markets' locales.
    static func tables(packNames: [String]) -> [String: String] {
        var tables: [String: String] = [:]
        for name in packNames where name != "root" {
            guard let maximal = try? ICU.LocaleID(tag: name).maximized() else { continue }
            let script = maximal.script.isEmpty ? [] : [maximal.language + "-" + maximal.script]
            let tags = [maximal.identifier, maximal.language] + script
            for tag in tags {
                guard let locale = try? ICU.LocaleID(tag: tag), tables[locale.identifier] == nil else { continue }
                tables[locale.identifier] = UnitNameReader.encode(UnitNameReader.table(locale: locale))
            }
        }
        return tables
    }
}
