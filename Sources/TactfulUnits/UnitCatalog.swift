import Foundation

/// The units Tactful parses and converts, with their exact definitions.
///
/// Sources for the definitions (all exact by definition, none measured):
/// - inch = 0.0254 m, foot = 12 in, yard = 3 ft, mile = 5280 ft, pound = 0.45359237 kg, ounce = 1/16 lb:
///   the International Yard and Pound Agreement of 1959, as restated in NIST Special Publication 811 (2008),
///   Appendix B.8, and NIST Handbook 44, Appendix C.
/// - US gallon = 231 cubic inches, quart = ¼ gal, pint = ⅛ gal, cup = 1/16 gal, fluid ounce = 1/128 gal,
///   tablespoon = ½ fl oz, teaspoon = ⅓ tbsp: NIST Handbook 44, Appendix C (US customary liquid measure).
/// - imperial gallon = 4.54609 L, imperial pint = ⅛ gal, imperial fluid ounce = 1/160 gal: UK Weights and
///   Measures Act 1985, Schedule 1.
/// - stone = 14 lb, short ton = 2000 lb: NIST Handbook 44, Appendix C; UK Weights and Measures Act 1985, Sch. 1.
/// - nautical mile = 1852 m, knot = 1852 m/h: BIPM SI Brochure (9th ed.), Table 8.
/// - Scandinavian mile = 10 km: CLDR `units.xml` (`mile-scandinavian`).
/// - °F = °C × 9/5 + 32, K = °C + 273.15: NIST SP 811, Appendix B.9.
///
/// Names are CLDR's unit identifiers, so that ICU can format every unit here.
public enum UnitCatalog {
    /// Every unit, in the order used for listings.
    public static let all: [MeasureUnit] = length + mass + volume + temperature + speed

    /// The unit with a CLDR name (`centimeter`), if Tactful knows it.
    public static func unit(named name: String) -> MeasureUnit? { byName[name] }

    private static let byName: [String: MeasureUnit] = Dictionary(all.map { ($0.name, $0) }) { first, _ in first }

    private static let inch: Decimal = Decimal(string: "0.0254")!
    private static let pound: Decimal = Decimal(string: "0.45359237")!
    private static let usGallon: Decimal = Decimal(string: "3.785411784")!  // 231 × 0.0254³ m³, in liters
    private static let imperialGallon: Decimal = Decimal(string: "4.54609")!

    private static let length: [MeasureUnit] = [
        MeasureUnit("millimeter", .length, 1, per: 1000),
        MeasureUnit("centimeter", .length, 1, per: 100),
        MeasureUnit("meter", .length, 1),
        MeasureUnit("kilometer", .length, 1000),
        MeasureUnit("inch", .length, inch),
        MeasureUnit("foot", .length, inch * 12),
        MeasureUnit("yard", .length, inch * 36),
        MeasureUnit("mile", .length, inch * 63_360),
        MeasureUnit("nautical-mile", .length, 1852),
        MeasureUnit("mile-scandinavian", .length, 10_000),
    ]

    private static let mass: [MeasureUnit] = [
        MeasureUnit("microgram", .mass, 1, per: 1_000_000_000),
        MeasureUnit("milligram", .mass, 1, per: 1_000_000),
        MeasureUnit("gram", .mass, 1, per: 1000),
        MeasureUnit("kilogram", .mass, 1),
        MeasureUnit("tonne", .mass, 1000),
        MeasureUnit("ounce", .mass, pound, per: 16),
        MeasureUnit("pound", .mass, pound),
        MeasureUnit("stone", .mass, pound * 14),
        MeasureUnit("ton", .mass, pound * 2000),
    ]

    private static let volume: [MeasureUnit] = [
        MeasureUnit("milliliter", .volume, 1, per: 1000),
        MeasureUnit("centiliter", .volume, 1, per: 100),
        MeasureUnit("deciliter", .volume, 1, per: 10),
        MeasureUnit("liter", .volume, 1),
        MeasureUnit("cubic-centimeter", .volume, 1, per: 1000),
        MeasureUnit("cubic-meter", .volume, 1000),
        MeasureUnit("cubic-inch", .volume, usGallon, per: 231),
        MeasureUnit("cubic-foot", .volume, usGallon * 1728, per: 231),
        MeasureUnit("teaspoon", .volume, usGallon, per: 768),
        MeasureUnit("tablespoon", .volume, usGallon, per: 256),
        MeasureUnit("fluid-ounce", .volume, usGallon, per: 128),
        MeasureUnit("cup", .volume, usGallon, per: 16),
        MeasureUnit("pint", .volume, usGallon, per: 8),
        MeasureUnit("quart", .volume, usGallon, per: 4),
        MeasureUnit("gallon", .volume, usGallon),
        MeasureUnit("barrel", .volume, usGallon * 42),
        MeasureUnit("fluid-ounce-imperial", .volume, imperialGallon, per: 160),
        MeasureUnit("pint-imperial", .volume, imperialGallon, per: 8),
        MeasureUnit("gallon-imperial", .volume, imperialGallon),
    ]

    private static let temperature: [MeasureUnit] = [
        MeasureUnit("celsius", .temperature, 1),
        MeasureUnit("fahrenheit", .temperature, 5, per: 9, shift: -32),
        MeasureUnit("kelvin", .temperature, 1, shift: Decimal(string: "-273.15")!),
    ]

    private static let speed: [MeasureUnit] = [
        MeasureUnit("meter-per-second", .speed, 1),
        MeasureUnit("kilometer-per-hour", .speed, 1000, per: 3600),
        MeasureUnit("mile-per-hour", .speed, inch * 63_360, per: 3600),
        MeasureUnit("knot", .speed, 1852, per: 3600),
    ]
}
