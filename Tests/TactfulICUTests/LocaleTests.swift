import Testing
import TactfulICU

@Suite struct LocaleTests {
    @Test func parsesTagsAndUnderscoreForms() throws {
        #expect(try ICU.LocaleID(tag: "de-AT").identifier == "de_AT")
        #expect(try ICU.LocaleID(tag: "pt_BR").languageTag == "pt-BR")
        #expect(try ICU.LocaleID(tag: "zh-Hant-HK").script == "Hant")
    }

    @Test(arguments: ["", "xx-YY-!!", "de--AT", "en-US-x", "日本"])
    func rejectsMalformedTags(tag: String) {
        #expect(throws: ICUError.self) { try ICU.LocaleID(tag: tag) }
    }

    @Test func likelySubtagsAndMinimisation() throws {
        #expect(try ICU.LocaleID(tag: "zh-HK").maximized().identifier == "zh_Hant_HK")
        #expect(try ICU.LocaleID(tag: "ja").maximized().identifier == "ja_Jpan_JP")
        #expect(try ICU.LocaleID(tag: "de-Latn-DE").minimized().identifier == "de")
    }

    @Test func parentsFollowCLDRNotJustTruncation() throws {
        #expect(try ICU.LocaleID(tag: "en-IN").parent()?.identifier == "en_001")
        #expect(try ICU.LocaleID(tag: "zh-Hant").parent() == .root)
        #expect(try ICU.LocaleID(tag: "de-AT").fallbackChain().map(\.description) == ["de_AT", "de", "root"])
    }

    @Test func displayNamesInAChosenLanguage() throws {
        let deAT = try ICU.LocaleID(tag: "de-AT")
        #expect(deAT.displayName(in: try ICU.LocaleID(tag: "en")) == "German (Austria)")
        #expect(deAT.displayName(in: deAT) == "Deutsch (Österreich)")
        #expect(deAT.displayName(in: try ICU.LocaleID(tag: "zh-Hans")) == "德语（奥地利）")
    }

    @Test func availableLocalesIncludeTheMarkets() {
        let available = Set(ICU.LocaleID.available().map(\.identifier))
        #expect(available.isSuperset(of: ["de_AT", "ja_JP", "zh_Hant_HK", "ar_SA"]))
    }
}
