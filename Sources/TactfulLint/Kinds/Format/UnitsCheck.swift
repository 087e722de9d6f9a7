import Foundation
import TactfulConvert
import TactfulICU

/// Measurements in a system the customer does not use, with no conversion beside them: inches, pounds, °F
/// and miles to metric markets; only centimetres and kilograms to US customers. The fix keeps the original
/// and adds the conversion `tactful units` gives for the market ("10 inches (25,4 cm)").
enum UnitsCheck {
    /// A written unit, and which system it belongs to.
    private struct Unit {
        let pattern: String
        let imperial: Bool
        /// UK customers use these imperial units themselves (road miles, body height in feet, pints).
        let usedInUK: Bool

        init(_ pattern: String, imperial: Bool, usedInUK: Bool = true) {
            (self.pattern, self.imperial, self.usedInUK) = (pattern, imperial, usedInUK)
        }
    }

    private static let units: [Unit] = [
        Unit(#"(?:inches|inch|in\.|in(?=\s*[,;:)!?]|\s*$)|″|")"#, imperial: true),
        Unit(#"(?:feet|foot|ft\.?)"#, imperial: true),
        Unit(#"(?:miles|mile|mi\.?)(?![a-z])"#, imperial: true),
        Unit(#"(?:pounds|pound|lbs\.?|lb\.?)(?![a-z])"#, imperial: true),
        Unit(#"(?:ounces|ounce|oz\.?)(?![a-z])"#, imperial: true),
        Unit(#"(?:°\s?F|℉|degrees? Fahrenheit)"#, imperial: true, usedInUK: false),
        Unit(#"(?:mph)"#, imperial: true),
        Unit(#"(?:gallons|gallon|gal\.?)(?![a-z])"#, imperial: true, usedInUK: false),
        Unit(#"(?:cm|centimet(?:er|re)s?)(?![a-z])"#, imperial: false),
        Unit(#"(?:mm|millimet(?:er|re)s?)(?![a-z])"#, imperial: false),
        Unit(#"(?:km|kilomet(?:er|re)s?)(?![a-z])"#, imperial: false),
        Unit(#"(?:kg|kilograms?|kilos?)(?![a-z])"#, imperial: false),
        Unit(#"(?:g|grams?)(?![a-z])"#, imperial: false),
        Unit(#"(?:°\s?C|℃|degrees? Celsius)"#, imperial: false),
    ]

    /// Per measurement system, one regex for every unit foreign to it: a single pass over the text.
    private static let foreignUnits: [ICU.MeasurementSystem: RegexSource] = Dictionary(
        uniqueKeysWithValues: [ICU.MeasurementSystem.us, .uk, .metric].compactMap { system in
            let foreign = units.filter { system == .us ? !$0.imperial : ($0.imperial && !(system == .uk && $0.usedInUK)) }
            guard !foreign.isEmpty else { return nil }
            let pattern = #"(?<![\d.,])\d+(?:[.,]\d+)?\s?(?:"# + foreign.map(\.pattern).joined(separator: "|") + ")"
            return (system, RegexSource(pattern, ignoresCase: true))
        })

    static func findings(_ info: RuleInfo, _ context: LintContext) throws(LintError) -> [Finding] {
        let system = context.market.measurementSystem
        guard let combined = foreignUnits[system] else { return [] }
        var findings: [Finding] = []
        // The conversion itself is TactfulConvert's, the engine behind `tactful units`: CLDR's unit preference for
        // the market's region, formatted by ICU with three significant digits.
        let converter = QuantityConverter(locale: context.market.locale, region: context.market.region)
        let inchContexts = context.cues.inchContexts
        for range in try FormatSupport.matches(combined, in: context) {
            guard !hasConversion(after: range, in: context.document) else { continue }
            let text = context.document.string(range)
            // Screens are sold by the inch in every market: "15,6 inch laptop", "55-Zoll-Fernseher".
            if Self.isInches(text), inchContexts.occurs(in: Self.around(range, in: context.document)) { continue }
            guard let written = try? QuantityParser.parse(text), let converted = try? converter.localize(written),
                converted.unit != written.quantity.unit.name
            else { continue }
            let fix = Fix(replacement: "\(text) (\(converted.formatted))", description: "Add “\(converted.formatted)”", safe: true)
            findings.append(context.finding(info, range, fixes: [fix]))
        }
        return findings
    }

    /// The measurement with up to 20 UTF-16 units either side, within its line (room for a model name between
    /// "laptop" and its size: "laptop (Nova X15, 15.6 inch)").
    private static func around(_ range: Range<Int>, in document: Document) -> String {
        let line = document.lineRange(document.lineIndex(of: range.lowerBound))
        return document.string(max(line.lowerBound, range.lowerBound - 20)..<min(line.upperBound, range.upperBound + 20))
    }

    /// True when the measurement is in inches ("15,6 inch", "32\"", "30 in").
    private static func isInches(_ text: String) -> Bool {
        let unit = text.drop { $0.isNumber || ".,  ".contains($0) }.lowercased()
        return unit.hasPrefix("in") || unit.hasPrefix("″") || unit.hasPrefix("\"")
    }

    /// True when "(…)" follows within a few characters, as in "10 in (25 cm)".
    private static func hasConversion(after range: Range<Int>, in document: Document) -> Bool {
        let tail = document.utf16[range.upperBound..<min(range.upperBound + 4, document.utf16.count)]
        return tail.contains(0x28) || tail.contains(0xFF08) || tail.contains(0x2F)
    }
}
