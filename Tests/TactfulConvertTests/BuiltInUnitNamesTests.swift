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
            let icu = UnitNameReader.table(locale: try ICU.LocaleID(tag: identifier))
            for unit in UnitNameReader.tableUnits {
                #expect(UnitNames.builtInNames(of: unit, identifier) == icu[unit], "\(identifier) \(unit)")
            }
        }
    }

    @Test func aLocaleWithoutATableIsReadFromICU() {
        #expect(UnitNames.builtInNames(of: "pound", "sv_SE") == nil)
        #expect(UnitNames.vocabulary(languages: ["sv_SE"], units: ["pound"]).table.values.contains("pound"))
    }

    @Test func tablesSurviveTheirTextForm() throws {
        let table = UnitNameReader.table(locale: try ICU.LocaleID(tag: "ar"))
        let text = UnitNameReader.encode(table)
        for (unit, names) in table { #expect(UnitNameReader.names(of: unit, inEncoded: text) == names, "\(unit)") }
        // A unit ICU names only around the number ("時速5マイル") keeps its line, with no names; a unit's name is not
        // the start of another's ("mile" of "mile-per-hour").
        let unnamed = UnitNameReader.encode(["mile-per-hour": [], "mile": ["マイル"]])
        #expect(UnitNameReader.names(of: "mile-per-hour", inEncoded: unnamed) == [])
        #expect(UnitNameReader.names(of: "mile", inEncoded: unnamed) == ["マイル"])
        #expect(UnitNameReader.names(of: "mil", inEncoded: unnamed) == nil)
        #expect(UnitNameReader.names(of: "inch", inEncoded: "") == nil)
    }
}
