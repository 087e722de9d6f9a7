import TactfulICU

/// The Gregorian month names of every built-in market's locale, of English and of Simplified Chinese (the UI
/// languages), read with ICU when the binary is built by the call a run makes (`ICU.monthNames(locale:)`): a run that
/// rejoins a German ordinal date ("vom 8. Jänner") or looks for an English month-name date then opens no ICU date
/// format (2.9M instructions for de-AT's names and English's). Keyed by ICU's identifier of the locale: the market's
/// maximal one (`de_Latn_AT`), `en` and `zh_Hans`; in the text form `ICU.monthNamesText` writes.
enum BuiltInMonthNames {
    /// The encoded names of each of the pack names' markets' maximal locales, of `en` and of `zh-Hans`.
    static func tables(packNames: [String]) -> [String: String] {
        var tables: [String: String] = [:]
        let markets = packNames.filter { $0 != "root" }.compactMap { try? ICU.LocaleID(tag: $0).maximized() }
        let languages = ["en", "zh-Hans"].compactMap { try? ICU.LocaleID(tag: $0) }
        for locale in markets + languages where tables[locale.identifier] == nil {
            guard let names = try? ICU.monthNames(locale: locale), let text = ICU.monthNamesText(names) else {
                continue
            }
            tables[locale.identifier] = text
        }
        return tables
    }
}
