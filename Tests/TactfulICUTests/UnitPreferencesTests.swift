import Testing
import TactfulICU

@Suite struct UnitPreferencesTests {
    @Test func readsCLDRsPreferencesWithFallbacks() throws {
        let height = try ICU.UnitPreferences.preferences(category: "length", usage: "person-height", region: "US")
        #expect(height.map(\.unit) == ["foot-and-inch", "inch"])
        #expect(height.first?.threshold == 3)
        // No person-height entry for DE: region 001 applies.
        #expect(
            try ICU.UnitPreferences.preferences(category: "length", usage: "person-height", region: "DE").map(\.unit)
                == ["centimeter"])
        // An unknown usage falls back to `default`.
        #expect(
            try ICU.UnitPreferences.preferences(category: "mass", usage: "no-such-usage", region: "DE").first?.unit
                == "tonne")
        let road = try ICU.UnitPreferences.preferences(category: "length", usage: "road", region: "GB")
        #expect(road.contains { $0.unit == "yard" && $0.skeleton == "precision-increment/50" })
        #expect(throws: ICUError.self) {
            try ICU.UnitPreferences.preferences(category: "nonsense", usage: "default", region: "US")
        }
    }

    @Test func listsUsages() {
        #expect(ICU.UnitPreferences.usages(category: "temperature").contains("weather"))
        #expect(ICU.UnitPreferences.usages(category: "nonsense").isEmpty)
    }

    @Test func knowsISOCurrencies() {
        #expect(ICU.RegionData.isCurrency("EUR") && ICU.RegionData.isCurrency("DEM"))
        #expect(
            !ICU.RegionData.isCurrency("XYZ") && !ICU.RegionData.isCurrency("eur") && !ICU.RegionData.isCurrency("EURO")
        )
    }
}
