import Foundation
import TactfulICU
import Testing

@testable import TactfulConvert

@Suite struct UnitConversionTests {
    private func converter(_ tag: String) throws -> QuantityConverter {
        QuantityConverter(locale: try ICU.LocaleID(tag: tag))
    }

    @Test func exactDefinitions() throws {
        let inch = try #require(UnitCatalog.unit(named: "inch"))
        let centimeter = try #require(UnitCatalog.unit(named: "centimeter"))
        #expect(Quantity(10, inch).converted(to: centimeter)?.value == Decimal(string: "25.4"))
        let pound = try #require(UnitCatalog.unit(named: "pound"))
        let gram = try #require(UnitCatalog.unit(named: "gram"))
        #expect(Quantity(1, pound).converted(to: gram)?.value == Decimal(string: "453.59237"))
        let fahrenheit = try #require(UnitCatalog.unit(named: "fahrenheit"))
        let celsius = try #require(UnitCatalog.unit(named: "celsius"))
        #expect(Quantity(212, fahrenheit).converted(to: celsius)?.value == 100)
        #expect(Quantity(-40, celsius).converted(to: fahrenheit)?.value == -40)
        #expect(Quantity(1, inch).converted(to: celsius) == nil)
    }

    /// Each kind's base unit is in the catalog with factor 1 and no shift: every definition is relative to it.
    @Test(arguments: QuantityKind.allCases)
    func baseUnitsAreTheCatalogsReference(kind: QuantityKind) throws {
        let base = try #require(UnitCatalog.unit(named: kind.baseUnit))
        #expect(base.kind == kind && base.toBase(1) == 1 && base.toBase(0) == 0)
    }

    /// Every unit to every other unit of its kind and back returns the value it started from.
    @Test(arguments: QuantityKind.allCases)
    func roundTrips(kind: QuantityKind) {
        let units = UnitCatalog.all.filter { $0.kind == kind }
        for from in units {
            for to in units {
                let start = Quantity(Decimal(string: "37.25")!, from)
                let back = start.converted(to: to)?.converted(to: from)?.value ?? 0
                #expect((back - start.value).magnitude < Decimal(string: "1e-25")!, "\(from) → \(to) → \(from)")
            }
        }
    }

    /// Tactful's definitions agree with ICU's own conversion (CLDR data): ICU converts 1 unit into the unit that
    /// `length/default` (etc.) prefers in Germany, and Tactful converts into the same unit; the digits must match.
    @Test(arguments: [
        "inch", "foot", "mile", "pound", "ounce", "stone", "gallon", "gallon-imperial", "fluid-ounce",
        "cup", "fahrenheit", "mile-per-hour", "knot",
    ])
    func agreesWithICUsConversion(unit: String) throws {
        let locale = try ICU.LocaleID(tag: "de-DE")
        let precise = ".##########"
        let viaICU = try ICU.NumberFormatter(skeleton: "unit/\(unit) usage/default \(precise)", locale: locale).format(
            1)
        let mine = try QuantityConverter(locale: locale).localize(QuantityParser.parse("1 \(unit)"))
        let source = try #require(UnitCatalog.unit(named: unit))
        let target = try #require(UnitCatalog.unit(named: mine.unit))
        let value = try #require(Quantity(1, source).converted(to: target))
        let formatted = try ICU.NumberFormatter(skeleton: "unit/\(mine.unit) \(precise)", locale: locale).format(
            decimal: "\(value.value)")
        #expect(formatted == viaICU)
    }

    @Test func marketsPreferredUnits() throws {
        #expect(try converter("de-DE").localize(QuantityParser.parse("10 in")).formatted == "25,4 cm")
        #expect(
            try converter("en-US").localize(QuantityParser.parse("180 cm"), usage: "person-height").formatted
                == "5 ft, 11 in")
        #expect(
            try converter("fr-FR").localize(QuantityParser.parse("5'11\"")).formatted == "1\u{202f}m et 80\u{202f}cm")
        #expect(try converter("de-DE").localize(QuantityParser.parse("75°F")).formatted == "23,9 °C")
        #expect(try converter("en-US").localize(QuantityParser.parse("24 °C")).formatted == "75.2°F")
        #expect(try converter("de-DE").localize(QuantityParser.parse("2 lbs")).formatted == "907 g")
        #expect(
            try converter("en-GB").localize(QuantityParser.parse("70 kg"), usage: "person").formatted == "11 st, 0 lb")
        #expect(try converter("de-DE").localize(QuantityParser.parse("10 mi"), usage: "road").formatted == "16,1 km")
    }

    /// ICU's default precision with `usage/…` is two significant digits; Tactful keeps three (25.5 cm, not 26 cm).
    @Test func keepsThreeSignificantDigits() throws {
        let result = try converter("de-DE").localize(QuantityParser.parse("25.5 cm"), usage: "person")
        #expect(result.formatted == "25,5 cm")
        #expect(
            try converter("en-US").convert(QuantityParser.parse("1,5 kg"), to: UnitTarget(named: "lb")).formatted
                == "3.31 lb")
        #expect(
            try converter("en-US").convert(QuantityParser.parse("1234 m"), to: UnitTarget(named: "m")).formatted
                == "1,234 m")
    }

    @Test func mixedUnitsCarry() throws {
        let result = try converter("en-US").convert(
            QuantityParser.parse("182.8 cm"), to: UnitTarget(named: "foot-and-inch"))
        #expect(result.parts == [.init(value: 6, unit: "foot"), .init(value: 0, unit: "inch")])
        #expect(result.formatted == "6 ft, 0 in")
    }

    @Test func jsonCarriesValueUnitAndFormatted() throws {
        let result = try converter("en").convert(QuantityParser.parse("10 in"), to: UnitTarget(named: "centimeter"))
        #expect(result.value == 25.4 && result.unit == "centimeter" && result.formatted == "25.4 cm")
        #expect(throws: ConvertError.self) {
            try converter("en").convert(QuantityParser.parse("10 in"), to: UnitTarget(named: "kg"))
        }
        #expect(throws: ConvertError.self) { try UnitTarget(named: "furlong") }
    }
}
