import TactfulICU
import TactfulUnits

/// The numbers in words of every built-in market's language and of English, read with ICU when the binary is built
/// by the same code a run uses (``SpelledNumberReader``): a run that reads a draft's stated periods then opens none of
/// the spellout formatters. Keyed by ICU's identifier of the language (`de`), the locale a run reads periods in.
enum BuiltInSpelledNumbers {
    /// The encoded numbers of each of the pack names' markets' languages, and of English.
    static func tables(packNames: [String]) -> [String: String] {
        var tables: [String: String] = [:]
        for name in packNames where name != "root" {
            guard let language = try? ICU.LocaleID(tag: name).maximized().language,
                let locale = try? ICU.LocaleID(tag: language), tables[locale.identifier] == nil
            else { continue }
            tables[locale.identifier] = SpelledNumberReader.encode(SpelledNumberReader.numbers(locale: locale))
        }
        return tables
    }
}
