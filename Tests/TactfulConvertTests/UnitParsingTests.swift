import Foundation
import Testing

@testable import TactfulConvert

@Suite struct UnitParsingTests {
    private func parsed(_ text: String) throws -> (Decimal, String, Int) {
        let written = try QuantityParser.parse(text)
        return (written.quantity.value, written.quantity.unit.name, written.parts.count)
    }

    @Test(arguments: [
        ("10 inches", "10", "inch", 1), ("5'11\"", "71", "inch", 2), ("5′11″", "71", "inch", 2),
        ("5 ft 11 in", "71", "inch", 2), ("5 ft 11", "71", "inch", 2), ("2 lbs", "2", "pound", 1),
        ("75°F", "75", "fahrenheit", 1), ("75 °F", "75", "fahrenheit", 1), ("30cm", "30", "centimeter", 1),
        ("1,5 kg", "1.5", "kilogram", 1), ("1.5kg", "1.5", "kilogram", 1), ("1,500 g", "1500", "gram", 1),
        ("1 lb 4 oz", "20", "ounce", 2), ("-5 °C", "-5", "celsius", 1), ("100 km/h", "100", "kilometer-per-hour", 1),
        ("16 fl oz", "16", "fluid-ounce", 1), ("2 L", "2", "liter", 1), ("10 Zoll", "10", "inch", 1),
        ("170 厘米", "170", "centimeter", 1), ("11 st 4", "158", "pound", 2), ("30-inch", "30", "inch", 1),
        ("55-Zoll", "55", "inch", 1),
    ])
    func readsWhatPeopleWrite(text: String, value: String, unit: String, parts: Int) throws {
        let (parsedValue, parsedUnit, parsedParts) = try parsed(text)
        #expect(parsedValue == Decimal(string: value))
        #expect(parsedUnit == unit)
        #expect(parsedParts == parts)
    }

    @Test(arguments: ["10", "75°", "ten inches", "10 parsecs", "5 kg 3 cm", "10 in extra", ""])
    func rejectsWhatIsNotAQuantity(text: String) {
        #expect(throws: ConvertError.self) { try QuantityParser.parse(text) }
    }

    @Test func numbersInEveryMarketsHabit() {
        #expect(NumberText.parse("1.234,50") == Decimal(string: "1234.5"))
        #expect(NumberText.parse("1,234.50") == Decimal(string: "1234.5"))
        #expect(NumberText.parse("1 234,5") == Decimal(string: "1234.5"))
        #expect(NumberText.parse("1’234.50") == Decimal(string: "1234.5"))
        #expect(NumberText.parse("1,5") == Decimal(string: "1.5"))
        #expect(NumberText.parse("1.234.567") == Decimal(1_234_567))
        #expect(NumberText.parse("1,2,3") == nil)
        #expect(NumberText.parse("abc") == nil)
    }

    @Test func proseSkipsWordsThatOnlyLookLikeUnits() {
        let text = "Put 2 in the box, it is 10 in."
        let start = text.range(of: "2 in")!.lowerBound
        #expect(QuantityParser.match(in: text, at: start, prose: true) == nil)
        let wide = text.range(of: "10 in")!.lowerBound
        #expect(QuantityParser.match(in: text, at: wide, prose: true)?.quantity.unit.name == "inch")
    }
}
