import TactfulData
import TactfulICU
import TactfulMarkets
import Testing

@testable import TactfulLint

/// The month names embedded when the binary was built are the ones ICU gives at run time, for every built-in market's
/// locale, English and Simplified Chinese; the text form they are embedded in gives them back.
@Suite struct MonthNameSourceTests {
    @Test func everyBuiltInLocalesNamesAreICUs() throws {
        let resolver = MarketResolver()
        let markets = try PackLibrary().names.filter { $0 != "root" }.compactMap { try? resolver.resolve($0).locale }
        let locales = markets + [try ICU.LocaleID(tag: "en"), try ICU.LocaleID(tag: "zh-Hans")]
        #expect(markets.count > 30)
        for locale in locales {
            let text = try #require(BuiltInData.monthNames(locale.identifier), "\(locale.identifier)")
            let icu = try ICU.monthNames(locale: locale)
            #expect(ICU.monthNames(fromText: text) == icu, "\(locale.identifier)")
            #expect(try MonthNameSource.names(locale) == icu, "\(locale.identifier)")
        }
    }

    @Test func aLocaleWithoutEmbeddedNamesIsReadFromICU() throws {
        let locale = try ICU.LocaleID(tag: "fi-FI")
        #expect(BuiltInData.monthNames(locale.identifier) == nil)
        #expect(try MonthNameSource.names(locale)[.wide]?.first == "tammikuuta")
    }

    @Test func theTextFormRoundTrips() throws {
        let names = try ICU.monthNames(locale: try ICU.LocaleID(tag: "pl-PL"))
        let text = try #require(ICU.monthNamesText(names))
        #expect(ICU.monthNames(fromText: text) == names)
        #expect(ICU.monthNames(fromText: "a\u{1F}b") == nil)
        #expect(ICU.monthNamesText([.wide: ["x"]]) == nil)
    }
}
