import TactfulICU
import TactfulUnits
import Testing

@testable import TactfulConvert

/// The unit names read when the binary was built, for the built-in markets' locales, are what ICU gives at run time.
@Suite struct BuiltInUnitNamesTests {
    @Test(arguments: [
        "en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "es-MX", "pt-BR", "pl-PL", "ja-JP", "ko-KR", "zh-CN", "zh-TW",
        "zh-HK", "ar-SA", "th-TH", "id-ID", "nl-NL", "it-IT",
    ])
    func builtInTablesMatchICU(tag: String) throws {
        let maximal = try ICU.LocaleID(tag: tag).maximized()
        for identifier in [maximal.identifier, maximal.language, maximal.language + "_" + maximal.script] {
            let built = try #require(UnitNames.builtInTable(identifier), "no built-in table for \(identifier)")
            #expect(built == UnitNameReader.table(locale: try ICU.LocaleID(tag: identifier)), "\(identifier)")
            #expect(built.count == UnitNameReader.tableUnits.count)
        }
    }

    @Test func aLocaleWithoutATableIsReadFromICU() {
        #expect(UnitNames.builtInTable("sv_SE") == nil)
        #expect(UnitNames.vocabulary(languages: ["sv_SE"], units: ["pound"]).table.values.contains("pound"))
    }

    @Test func tablesSurviveTheirTextForm() throws {
        let table = UnitNameReader.table(locale: try ICU.LocaleID(tag: "ar"))
        #expect(UnitNameReader.decode(UnitNameReader.encode(table)) == table)
        // A unit ICU names only around the number ("時速5マイル") keeps its line, with no names.
        let unnamed = ["mile-per-hour": [String](), "mile": ["マイル"]]
        #expect(UnitNameReader.decode(UnitNameReader.encode(unnamed)) == unnamed)
    }
}
