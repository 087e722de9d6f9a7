import Foundation

/// A quantity as someone wrote it: `10 inches`, `5'11"`, `1,5 kg`, `75°F`.
public struct WrittenQuantity: Sendable {
    /// The whole amount in the smallest unit written (`5'11"` → 71 inch).
    public let quantity: Quantity
    /// The parts as written (`[5 foot, 11 inch]`); one part for a simple quantity.
    public let parts: [Quantity]
    /// Where it was written in the text it was found in.
    public let range: Range<String.Index>
}

/// Reads quantities: a number and a unit, or several of one kind in falling size (`5 ft 11 in`, `1 lb 4 oz`).
public enum QuantityParser {
    /// Parses text that is exactly one quantity; throws a ``ConvertError`` naming what is wrong. Units are read
    /// by their usual abbreviations and English names, and by the names in `names` (a language's, from ICU).
    public static func parse(_ text: String, names: UnitVocabulary? = nil) throws(ConvertError) -> WrittenQuantity {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let found = match(in: trimmed, at: trimmed.startIndex, prose: false, names: names) else {
            if let number = trimmed.firstIndex(where: \.isNumber), trimmed[number...].allSatisfy({ !$0.isLetter }) {
                throw .unparsable(text, hint: "give a unit, e.g. '10 in', '75°F', '1,5 kg'")
            }
            throw .unparsable(text, hint: "expected a number and a unit, e.g. '10 in', \"5'11\\\"\", '2 lbs'")
        }
        guard found.range.upperBound == trimmed.endIndex else {
            throw .unparsable(text, hint: "unexpected '\(trimmed[found.range.upperBound...])' after the quantity")
        }
        return found
    }

    /// Finds the quantity starting at `start`, if there is one. In `prose`, words that are also units
    /// (`in`, `t`, `l`…) count only when no word follows, and `'` counts as feet only before a digit.
    public static func match(in text: String, at start: String.Index, prose: Bool, names: UnitVocabulary? = nil)
        -> WrittenQuantity?
    {
        var parts: [Quantity] = []
        var index = start
        var end = start
        while true {
            let numberStart = parts.isEmpty ? index : skipJoiner(text, index)
            guard let (number, afterNumber) = number(in: text, at: numberStart) else { break }
            let afterSpace = skipSpaces(text, afterHyphen(text, afterNumber))
            let written = unit(in: text, at: afterSpace, prose: prose, names: names)
            if let (unit, afterUnit) = written, isWellFormed(parts + [Quantity(number, unit)]) {
                parts.append(Quantity(number, unit))
                index = afterUnit
            } else if written == nil, numberStart == skipSpaces(text, index),
                let implied = parts.last.flatMap({ impliedNext[$0.unit.name] }).flatMap(UnitCatalog.unit(named:))
            {
                parts.append(Quantity(number, implied))
                index = afterNumber
            } else {
                break
            }
            end = index
            if parts.count == 3 { break }
        }
        guard let last = parts.last, isWellFormed(parts) else { return nil }
        let total = parts.reduce(Decimal(0)) { $0 + ($1.converted(to: last.unit)?.value ?? 0) }
        return WrittenQuantity(quantity: Quantity(total, last.unit), parts: parts, range: start..<end)
    }

    /// Past the hyphen of a compound adjective ("a 30-inch inseam", "ein 55-Zoll-Fernseher"): a hyphen right after
    /// the number and before a letter.
    private static func afterHyphen(_ text: String, _ index: String.Index) -> String.Index {
        guard index < text.endIndex, text[index] == "-" else { return index }
        let next = text.index(after: index)
        return next < text.endIndex && text[next].isLetter ? next : index
    }

    /// One kind throughout, no temperature compounds, and each part smaller than the one before.
    private static func isWellFormed(_ parts: [Quantity]) -> Bool {
        guard let first = parts.first else { return false }
        if parts.count == 1 { return true }
        guard first.unit.kind != .temperature, parts.allSatisfy({ $0.unit.kind == first.unit.kind }) else {
            return false
        }
        return zip(parts, parts.dropFirst()).allSatisfy { $0.unit.toBase(1) > $1.unit.toBase(1) }
    }

    /// After a part in these units, a bare number is in the next smaller unit: `5'11`, `5 ft 11`, `11 st 4`.
    private static let impliedNext = ["foot": "inch", "stone": "pound", "pound": "ounce"]

    private static func number(in text: String, at start: String.Index) -> (Decimal, String.Index)? {
        var index = start
        if index < text.endIndex, text[index] == "-" || text[index] == "−" { index = text.index(after: index) }
        guard index < text.endIndex, text[index].isASCII, text[index].isNumber else { return nil }
        var end = index
        while end < text.endIndex, NumberText.isNumberCharacter(text[end]) { end = text.index(after: end) }
        while end > index, let last = text[..<end].last, last == "." || last == "," { end = text.index(before: end) }
        guard let value = NumberText.parse(String(text[start..<end])) else { return nil }
        return (value, end)
    }

    private static func unit(in text: String, at start: String.Index, prose: Bool, names: UnitVocabulary?)
        -> (MeasureUnit, String.Index)?
    {
        let window = UnitNameReader.withoutVowelMarks(String(text[start...].prefix(24))).lowercased()
        // The longer of the two vocabularies' matches wins ("fl oz" over "fl", "ไมล์/ชม." over "ไมล์").
        let found = [
            longest(UnitAliases.longestFirst, UnitAliases.table), names.flatMap { longest($0.longestFirst, $0.table) },
        ]
        .compactMap { $0 }
        func longest(_ aliases: [String], _ table: [String: String]) -> (alias: String, unit: String)? {
            for alias in aliases where window.hasPrefix(alias) {
                let end = text.index(start, offsetBy: alias.count, limitedBy: text.endIndex) ?? text.endIndex
                guard isBoundary(text, end, after: alias), let unit = table[alias] else { continue }
                if prose && !fitsProse(alias, text: text, end: end) { continue }
                return (alias, unit)
            }
            return nil
        }
        guard let best = found.max(by: { $0.alias.count < $1.alias.count }),
            let unit = UnitCatalog.unit(named: best.unit)
        else { return nil }
        return (unit, text.index(start, offsetBy: best.alias.count, limitedBy: text.endIndex) ?? text.endIndex)
    }

    /// An alphabetic alias must end a word (`10 in` yes, `10 inside` no).
    private static func isBoundary(_ text: String, _ end: String.Index, after alias: String) -> Bool {
        guard end < text.endIndex, let last = alias.last, last.isCased else {
            return true
        }
        return !text[end].isLetter && !text[end].isNumber
    }

    private static let wordsThatAreUnits: Set<String> = [
        "in", "t", "l", "c", "f", "k", "g", "st", "pt", "mil", "kn", "kt", "gr",
    ]

    private static func fitsProse(_ alias: String, text: String, end: String.Index) -> Bool {
        if alias == "'" || alias == "’" || alias == "′" {
            return end < text.endIndex && text[end].isNumber
        }
        guard wordsThatAreUnits.contains(alias) else { return true }
        let next = text[end...].drop { $0 == " " }.first
        return !(next?.isLetter ?? false)
    }

    /// Spaces, and a conjunction joining the parts of a compound ("5 أقدام و7 إنش", "5 ft and 7 in"), before a
    /// later part's number.
    private static func skipJoiner(_ text: String, _ index: String.Index) -> String.Index {
        let afterSpaces = skipSpaces(text, index)
        for joiner in ["و", "and ", "et ", "y ", "e ", "und ", "en "] where text[afterSpaces...].hasPrefix(joiner) {
            let next = skipSpaces(text, text.index(afterSpaces, offsetBy: joiner.count))
            if next < text.endIndex, text[next].isNumber { return next }
        }
        return afterSpaces
    }

    private static func skipSpaces(_ text: String, _ index: String.Index) -> String.Index {
        var index = index
        var skipped = 0
        while index < text.endIndex, text[index] == " " || text[index] == "\u{a0}" || text[index] == "\u{202f}",
            skipped < 2
        {
            index = text.index(after: index)
            skipped += 1
        }
        return index
    }
}
