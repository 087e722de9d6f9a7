import Testing
@testable import TactfulConvert

/// Unit names read from ICU per language, and quantities written with them.
@Suite struct UnitNamesTests {
    @Test func namesComeFromCLDRInEachLanguage() {
        let japanese = UnitNames.vocabulary(languages: ["ja"], units: ["pound", "inch"]).table
        #expect(japanese["ポンド"] == "pound")
        #expect(japanese["インチ"] == "inch")
        let polish = UnitNames.vocabulary(languages: ["pl"], units: ["pound"]).table
        #expect(["funt", "funty", "funtów"].allSatisfy { polish[$0] == "pound" })  // every plural form
        let arabic = UnitNames.vocabulary(languages: ["ar"], units: ["pound", "inch"]).table
        #expect(arabic["رطل"] == "pound")
        #expect(arabic["إنش"] == "inch")  // colloquial, sourced, beside CLDR's بوصة
        #expect(arabic["بوصة"] == "inch")
    }

    @Test func namesAroundTheNumberAreLeftOut() {
        // "華氏5度" and "時速5マイル" put the name around the number; a number-then-name scan cannot use them.
        let japanese = UnitNames.vocabulary(languages: ["ja"]).table
        #expect(!japanese.keys.contains { $0.contains("華氏") || $0.contains("時速") })
        #expect(japanese["°"] == nil)
    }

    @Test func anUnknownLanguageAddsNothing() {
        #expect(UnitNames.vocabulary(languages: ["not a tag!"]).table.isEmpty)
    }

    @Test func compoundsJoinedByAConjunctionParseAsOne() throws {
        let names = UnitNames.vocabulary(languages: ["ar"], units: ["foot", "inch"])
        let written = try QuantityParser.parse("5 أقدام و7 إنش", names: names)
        #expect(written.quantity.value == 67)
        #expect(written.quantity.unit.name == "inch")
        #expect(try QuantityParser.parse("5 ft and 7 in").quantity.value == 67)
        // Different units that don't fall in size stay two quantities: "5 lbs and 2 kg" is not 5 lb 2 oz.
        let text = "5 lbs and 2 kg"
        let first = try #require(QuantityParser.match(in: text, at: text.startIndex, prose: true))
        #expect(text[first.range] == "5 lbs")
    }
}
