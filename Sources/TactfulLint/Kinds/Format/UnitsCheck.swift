import Foundation
import TactfulICU

/// Measurements in a system the customer does not use, with no conversion beside them: inches, pounds, °F
/// and miles to metric markets; only centimetres and kilograms to US customers. The fix keeps the original
/// and adds the conversion ICU formats for the market ("10 inches (25.4 cm)").
enum UnitsCheck {
    /// A written unit, the CLDR unit ICU converts from, and whether it is imperial/US customary.
    private struct Unit {
        let pattern: String
        let cldr: String
        let imperial: Bool
        /// UK customers use these imperial units themselves (road miles, body height in feet, pints).
        let usedInUK: Bool
    }

    private static let units: [Unit] = [
        Unit(pattern: #"(?:inches|inch|in\.|in(?=\s*[,;:)!?]|\s*$)|″|")"#, cldr: "length-inch", imperial: true, usedInUK: true),
        Unit(pattern: #"(?:feet|foot|ft\.?)"#, cldr: "length-foot", imperial: true, usedInUK: true),
        Unit(pattern: #"(?:miles|mile|mi\.?)(?![a-z])"#, cldr: "length-mile", imperial: true, usedInUK: true),
        Unit(pattern: #"(?:pounds|pound|lbs\.?|lb\.?)(?![a-z])"#, cldr: "mass-pound", imperial: true, usedInUK: true),
        Unit(pattern: #"(?:ounces|ounce|oz\.?)(?![a-z])"#, cldr: "mass-ounce", imperial: true, usedInUK: true),
        Unit(pattern: #"(?:°\s?F|℉|degrees? Fahrenheit)"#, cldr: "temperature-fahrenheit", imperial: true, usedInUK: false),
        Unit(pattern: #"(?:mph)"#, cldr: "speed-mile-per-hour", imperial: true, usedInUK: true),
        Unit(pattern: #"(?:gallons|gallon|gal\.?)(?![a-z])"#, cldr: "volume-gallon", imperial: true, usedInUK: false),
        Unit(pattern: #"(?:cm|centimet(?:er|re)s?)(?![a-z])"#, cldr: "length-centimeter", imperial: false, usedInUK: true),
        Unit(pattern: #"(?:mm|millimet(?:er|re)s?)(?![a-z])"#, cldr: "length-millimeter", imperial: false, usedInUK: true),
        Unit(pattern: #"(?:km|kilomet(?:er|re)s?)(?![a-z])"#, cldr: "length-kilometer", imperial: false, usedInUK: true),
        Unit(pattern: #"(?:kg|kilograms?|kilos?)(?![a-z])"#, cldr: "mass-kilogram", imperial: false, usedInUK: true),
        Unit(pattern: #"(?:°\s?C|℃|degrees? Celsius)"#, cldr: "temperature-celsius", imperial: false, usedInUK: true),
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
                let converted = convert(amount, unit.cldr, context.market.locale, context.pool)
            else { continue }
            let fix = Fix(replacement: "\(text) (\(converted))", description: "Add “\(converted)”", safe: true)
            findings.append(context.finding(info, range, fixes: [fix]))
        }
        return findings
    }

    /// ICU converts to the market's preferred unit for general use, to one decimal place at most.
    private static func convert(_ value: Double, _ unit: String, _ locale: ICU.LocaleID, _ pool: ICUPool) -> String? {
        let skeleton = "measure-unit/\(unit) usage/default unit-width-short precision-increment/0.1"
        guard let formatted = try? pool.numberFormatter(skeleton, locale).format(value) else { return nil }
        return formatted.replacingDecimalZero()
    }

    /// True when "(…)" follows within a few characters, as in "10 in (25 cm)".
    private static func hasConversion(after range: Range<Int>, in document: Document) -> Bool {
        let tail = document.utf16[range.upperBound..<min(range.upperBound + 4, document.utf16.count)]
        return tail.contains(0x28) || tail.contains(0xFF08) || tail.contains(0x2F)
    }
}

extension String {
    /// "25.0 cm" → "25 cm", "25,0 cm" → "25 cm".
    func replacingDecimalZero() -> String {
        var result = self
        for zero in [".0 ", ",0 ", ".0\u{00A0}", ",0\u{00A0}", ".0\u{202F}", ",0\u{202F}"] {
            if let range = result.range(of: zero) { result.replaceSubrange(range, with: String(zero.dropFirst(2))) }
        }
        return result
    }
}
