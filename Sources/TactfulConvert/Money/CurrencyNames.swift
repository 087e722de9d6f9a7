import Foundation
import Synchronization
import TactfulCurrencyNames
import TactfulData
import TactfulICU

/// What one language calls each common currency, read from ICU (CLDR's currency display names and symbols): the
/// long name in every plural form ("dólares estadounidenses"), its first word when it has several ("dólares",
/// which names every dollar), and the short and narrow symbols ("US$", "RM"). So "30 dólares" to a Spanish
/// customer and "RM 120" to an Indonesian one are read without a hand list per language.
///
/// The built-in markets' locales were read when the binary was built (``CurrencyNameReader``, the same code); any
/// other locale is read from ICU on first use.
public enum CurrencyNames {
    /// The currencies a cross-border reply is likely to name.
    public static var common: [String] { CurrencyNameReader.common }

    /// Name → the currencies it may mean, for `languages`: names longer than three characters lowercased, shorter
    /// symbols as written. ISO codes and names without a letter ("$", "€") are left to the caller's symbol table.
    public static func table(languages: [String]) -> [String: [String]] {
        let key = languages.joined(separator: ",")
        if let known = cache.withLock({ $0[key] }) { return known }
        var table: [String: [String]] = [:]
        for language in languages {
            guard let one = Self.table(language: language) else { continue }
            // Nothing to merge into yet: the language's table as it is (a name's currencies are distinct in it).
            if table.isEmpty {
                table = one
                continue
            }
            // Merged in each language's order: a name's currencies keep the order they were first found in.
            for (name, codes) in one {
                for code in codes where !table[name, default: []].contains(code) {
                    table[name, default: []].append(code)
                }
            }
        }
        cache.withLock { $0[key] = table }
        return table
    }

    private static let cache = Mutex<[String: [String: [String]]]>([:])

    /// One locale's table: built in, else read from ICU; nil for a tag ICU cannot read.
    static func table(language: String) -> [String: [String]]? {
        if let built = builtInTable(language) { return built }
        guard let locale = try? ICU.LocaleID(tag: language) else { return nil }
        return CurrencyNameReader.table(locale: locale)
    }

    /// The table read when the binary was built for a built-in market's locale (`de_Latn_DE`), or nil.
    static func builtInTable(_ identifier: String) -> [String: [String]]? {
        BuiltInData.currencyNames(identifier).map(CurrencyNameReader.decode)
    }
}
