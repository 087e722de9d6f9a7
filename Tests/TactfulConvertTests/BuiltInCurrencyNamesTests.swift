import TactfulCurrencyNames
import TactfulICU
import Testing

@testable import TactfulConvert

/// The currency names read when the binary was built, for the built-in markets, are what ICU gives at run time.
@Suite struct BuiltInCurrencyNamesTests {
    @Test(arguments: [
        "de-DE", "fr-FR", "es-ES", "es-MX", "pt-BR", "pl-PL", "ja-JP", "ko-KR", "zh-CN", "zh-TW", "zh-HK", "ar-SA",
        "th-TH", "id-ID", "nl-NL", "it-IT",
    ])
    func builtInTablesMatchICU(tag: String) throws {
        let identifier = try ICU.LocaleID(tag: tag).maximized().identifier
        let built = try #require(CurrencyNames.builtInTable(identifier), "no built-in table for \(identifier)")
        #expect(built == CurrencyNameReader.table(locale: try ICU.LocaleID(tag: identifier)))
        #expect(built.count > 20)
    }

    @Test func aLocaleWithoutATableIsReadFromICU() throws {
        #expect(CurrencyNames.builtInTable("en_Latn_US") == nil)
        #expect(CurrencyNames.table(languages: ["en_Latn_US"])["us dollars"] == ["USD"])
    }
}
