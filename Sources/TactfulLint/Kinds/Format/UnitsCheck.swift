import Foundation
import TactfulICU

/// Measurements in a system the customer does not use, with no conversion beside them: inches, pounds, °F
/// and miles to metric markets; only centimetres and kilograms to US customers. The fix keeps the original
/// and adds the conversion ICU formats for the market ("10 inches (25.4 cm)").
enum UnitsCheck {
    /// A written unit, the CLDR unit it converts to for the other system, and how.
    private struct Unit {
        let pattern: String
        /// The CLDR unit of the conversion (`length-centimeter`).
        let target: String
        /// Multiply by this, then add `offset` (exact definitions; NIST SP 811 (2008) Appendix B).
        let factor: Double
        let offset: Double
        let imperial: Bool
        /// UK customers use these imperial units themselves (road miles, body height in feet, pints).
        let usedInUK: Bool

        init(_ pattern: String, _ target: String, _ factor: Double, offset: Double = 0, imperial: Bool, usedInUK: Bool = true) {
            (self.pattern, self.target, self.factor, self.offset) = (pattern, target, factor, offset)
            (self.imperial, self.usedInUK) = (imperial, usedInUK)
        }
    }

    private static let units: [Unit] = [
        Unit(#"(?:inches|inch|in\.|in(?=\s*[,;:)!?]|\s*$)|″|")"#, "length-centimeter", 2.54, imperial: true),
        Unit(#"(?:feet|foot|ft\.?)"#, "length-centimeter", 30.48, imperial: true),
        Unit(#"(?:miles|mile|mi\.?)(?![a-z])"#, "length-kilometer", 1.609344, imperial: true),
        Unit(#"(?:pounds|pound|lbs\.?|lb\.?)(?![a-z])"#, "mass-kilogram", 0.45359237, imperial: true),
        Unit(#"(?:ounces|ounce|oz\.?)(?![a-z])"#, "mass-gram", 28.349523125, imperial: true),
        Unit(#"(?:°\s?F|℉|degrees? Fahrenheit)"#, "temperature-celsius", 5.0 / 9.0, offset: -160.0 / 9.0, imperial: true, usedInUK: false),
        Unit(#"(?:mph)"#, "speed-kilometer-per-hour", 1.609344, imperial: true),
        Unit(#"(?:gallons|gallon|gal\.?)(?![a-z])"#, "volume-liter", 3.785411784, imperial: true, usedInUK: false),
        Unit(#"(?:cm|centimet(?:er|re)s?)(?![a-z])"#, "length-inch", 1 / 2.54, imperial: false),
        Unit(#"(?:mm|millimet(?:er|re)s?)(?![a-z])"#, "length-inch", 1 / 25.4, imperial: false),
        Unit(#"(?:km|kilomet(?:er|re)s?)(?![a-z])"#, "length-mile", 1 / 1.609344, imperial: false),
        Unit(#"(?:kg|kilograms?|kilos?)(?![a-z])"#, "mass-pound", 1 / 0.45359237, imperial: false),
        Unit(#"(?:g|grams?)(?![a-z])"#, "mass-ounce", 1 / 28.349523125, imperial: false),
        Unit(#"(?:°\s?C|℃|degrees? Celsius)"#, "temperature-fahrenheit", 9.0 / 5.0, offset: 32, imperial: false),
    ]

    static func findings(_ info: RuleInfo, _ context: LintContext) throws(LintError) -> [Finding] {
        let system = context.market.measurementSystem
        let number = #"(?<![\d.,])\d+(?:[.,]\d+)?\s?"#
        let applicable = units.filter { unit in
            system == .us ? !unit.imperial : (unit.imperial && !(system == .uk && unit.usedInUK))
        }
        guard !applicable.isEmpty else { return [] }
        // One pass: every applicable unit in one alternation; the unit of a match is found by its own pattern.
        let combined = number + "(?:" + applicable.map(\.pattern).joined(separator: "|") + ")"
        var findings: [Finding] = []
        for range in try FormatSupport.matches(combined, in: context) {
            guard !hasConversion(after: range, in: context.document) else { continue }
            let text = context.document.string(range)
            let digits = String(text.prefix { $0.isNumber || $0 == "." || $0 == "," })
            let written = String(text.dropFirst(digits.count)).trimmingCharacters(in: .whitespaces)
            guard let unit = applicable.first(where: { unit in
                    (try? context.pool.withRegex("^" + unit.pattern + "$", ignoresCase: true) { regex throws(ICUError) in
                        try regex.matches(in: written)
                    })?.isEmpty == false
                }),
                let value = FormatSupport.decimalString(digits), let amount = Double(value),
                let converted = format(amount * unit.factor + unit.offset, unit.target, context.market.locale, context.pool)
            else { continue }
            let fix = Fix(replacement: "\(text) (\(converted))", description: "Add “\(converted)”", safe: true)
            findings.append(context.finding(info, range, fixes: [fix]))
        }
        return findings
    }

    /// The converted value formatted by ICU for the market, to one decimal place at most ("25,4 cm").
    private static func format(_ value: Double, _ unit: String, _ locale: ICU.LocaleID, _ pool: ICUPool) -> String? {
        try? pool.numberFormatter("measure-unit/\(unit) unit-width-short .#", locale).format(value)
    }

    /// True when "(…)" follows within a few characters, as in "10 in (25 cm)".
    private static func hasConversion(after range: Range<Int>, in document: Document) -> Bool {
        let tail = document.utf16[range.upperBound..<min(range.upperBound + 4, document.utf16.count)]
        return tail.contains(0x28) || tail.contains(0xFF08) || tail.contains(0x2F)
    }
}
