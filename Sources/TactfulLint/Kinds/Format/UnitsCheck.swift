import Foundation
import TactfulConvert
import TactfulICU
import TactfulMarkets

/// Measurements in a system the customer does not use, with no conversion beside them: inches, pounds, °F
/// and miles to metric markets; only centimetres and kilograms to US customers. The fix keeps the original
/// and adds the conversion `tactful units` gives for the market ("10 inches (25,4 cm)").
enum UnitsCheck {
    /// A written unit, and which system it belongs to.
    private struct Unit {
        /// CLDR's name, whose display names in the draft's language ICU gives.
        let name: String
        /// The English and symbol forms agents write in every language.
        let pattern: String
        /// How a match of `pattern` begins: its first one or two characters, separated by spaces (either case of a
        /// letter matches).
        let starts: String
        let imperial: Bool
        /// UK customers use these imperial units themselves (road miles, body height in feet, pints).
        let usedInUK: Bool

        init(_ name: String, _ pattern: String, starts: String, imperial: Bool, usedInUK: Bool = true) {
            (self.name, self.pattern, self.starts) = (name, pattern, starts)
            (self.imperial, self.usedInUK) = (imperial, usedInUK)
        }
    }

    /// No letter of a cased script after an English unit ("20.06 między" holds no miles); a letter of an uncased one
    /// may follow, as Japanese and Korean particles do ("22 lbsの", "11 lb이"). Written case-exact: ICU closes a
    /// property over case under `(?i)` at every occurrence.
    private static let wordEnd = #"(?!(?-i:[\p{Ll}\p{Lu}\p{Lt}]))"#

    private static let units: [Unit] = [
        Unit("inch", #"(?:inches|inch|in\.|in(?=\s*[,;:)!?]|\s*$)|″|")"#, starts: "in ″ \"", imperial: true),
        // A prime counts as feet only before inches ("5'6\"", "5′ 6″"): a height is read whole, as CLDR's
        // person-height usage judges it (Canadians, like Americans, give their height in feet and inches).
        Unit(
            "foot", #"(?:feet|foot|ft\.?|['’′](?=\s?\d{1,2}(?:[.,]\d+)?\s?(?:["″]|''|in\b)))"#,
            starts: "fe fo ft ' ’ ′",
            imperial: true),
        Unit("mile", #"(?:miles|mile|mi\.?)"# + wordEnd, starts: "mi", imperial: true),
        Unit("pound", #"(?:pounds|pound|lbs\.?|lb\.?)"# + wordEnd, starts: "po lb", imperial: true),
        Unit(
            "fluid-ounce", #"(?:fl\.? ?oz\.?|fluid ounces?)"# + wordEnd, starts: "fl", imperial: true, usedInUK: false),
        Unit("ounce", #"(?:ounces|ounce|oz\.?)"# + wordEnd, starts: "ou oz", imperial: true),
        Unit("fahrenheit", #"(?:°\s?F|℉|degrees? Fahrenheit)"#, starts: "° ℉ de", imperial: true, usedInUK: false),
        Unit("mile-per-hour", #"(?:mph)"#, starts: "mp", imperial: true),
        Unit("gallon", #"(?:gallons|gallon|gal\.?)"# + wordEnd, starts: "ga", imperial: true, usedInUK: false),
        Unit("centimeter", #"(?:cm|centimet(?:er|re)s?)"# + wordEnd, starts: "cm ce", imperial: false),
        Unit("millimeter", #"(?:mm|millimet(?:er|re)s?)"# + wordEnd, starts: "mm mi", imperial: false),
        Unit("kilometer", #"(?:km|kilomet(?:er|re)s?)"# + wordEnd, starts: "km ki", imperial: false),
        Unit("kilogram", #"(?:kg|kilograms?|kilos?)"# + wordEnd, starts: "kg ki", imperial: false),
        Unit("gram", #"(?:g|grams?)"# + wordEnd, starts: "g", imperial: false),
        Unit("celsius", #"(?:°\s?C|℃|degrees? Celsius)"#, starts: "° ℃ de", imperial: false),
    ]

    private static func foreign(to system: ICU.MeasurementSystem) -> [Unit] {
        units.filter { system == .us ? !$0.imperial : ($0.imperial && !(system == .uk && $0.usedInUK)) }
    }

    /// The languages whose unit names a market's drafts use: the market's own locale, then its language and
    /// script (zh_Hant_HK writes 呎 and 吋, zh-Hant 英寸).
    private static func languages(of market: Market) -> [String] {
        let broad = market.script.isEmpty ? market.language : "\(market.language)-\(market.script)"
        return market.locale.identifier == broad ? [broad] : [market.locale.identifier, broad]
    }

    /// One regex for every unit foreign to the market's system, in English and in the market's languages (ICU's
    /// display names), made once per market: a single pass over the text.
    static func foreignUnits(_ market: Market, _ pool: ICUPool) -> (RegexSource, UnitVocabulary, UnitStarts)? {
        pool.fact("units-foreign|\(market.measurementSystem.rawValue)|\(market.tag)") {
            () -> (RegexSource, UnitVocabulary, UnitStarts)? in
            let foreign = foreign(to: market.measurementSystem)
            guard !foreign.isEmpty else { return nil }
            let names = UnitNames.vocabulary(languages: languages(of: market), units: foreign.map(\.name))
            // Names of one or two ASCII letters ("in", "pi", "mi") are English abbreviations or everyday words ("bis
            // 2027 in Zürich"); the English patterns above read them with their guards. A hyphen may join the number
            // to the unit in a compound adjective ("a 30-inch inseam", "ein 55-Zoll-Fernseher").
            let localNames = names.longestFirst.filter { !($0.count <= 2 && $0.allSatisfy(\.isASCII)) }
            let pattern =
                #"(?<![\d.,])\d+(?:[.,]\d+)?[\s-]?(?:"#
                + (foreign.map(\.pattern) + [Self.alternatives(localNames)])
                .filter { !$0.isEmpty }.joined(separator: "|") + ")"
            let starts = UnitStarts(symbols: foreign.map(\.starts).joined(separator: " "), names: localNames)
            return (RegexSource(pattern, ignoresCase: true), names, starts)
        }
    }

    /// One alternation of `names`, longest first: a name in a cased script ends a word ("5 libras", not "5 libraria");
    /// CJK, Thai, Hangul and Arabic names may run into the next word ("10인치가", "5磅左右"). The word-end test is
    /// written once for the cased names, as ``RegexSource/caseInsensitiveLetter``: ICU closes `\p{L}` over case at
    /// every occurrence, which is costly to compile.
    private static func alternatives(_ names: [String]) -> String {
        let sorted = names.sorted { ($0.count, $0) > ($1.count, $1) }
        let cased = sorted.filter { $0.last?.isCased == true }.map(RegexSource.escapedPattern(for:))
        let uncased = sorted.filter { $0.last?.isCased != true }.map(RegexSource.escapedPattern(for:))
        return
            ((cased.isEmpty ? [] : ["(?:" + cased.joined(separator: "|") + ")(?!\(RegexSource.caseInsensitiveLetter))"])
            + (uncased.isEmpty ? [] : ["(?:" + uncased.joined(separator: "|") + ")"])).joined(separator: "|")
    }

    static func findings(_ info: RuleInfo, _ context: LintContext) throws(LintError) -> [Finding] {
        guard let (combined, names, starts) = foreignUnits(context.market, context.pool),
            starts.mayFollowNumber(in: context.document.utf16)
        else { return [] }
        // The conversion itself is TactfulConvert's, the engine behind `tactful units`: CLDR's unit preference for
        // the market's region, formatted by ICU with three significant digits.
        let converter = QuantityConverter(locale: context.market.locale, region: context.market.region)
        let inchContexts = context.cues.inchContexts
        var covered = 0
        // Units the reply converts somewhere, by line: later mentions of the same unit on that line are read with
        // the conversion given ("ウエスト約76cm（30インチ）… 普段30インチをお召しでしたら", "รอบอก 40 นิ้ว (ประมาณ 102 ซม.)
        // ยาว 28 นิ้ว").
        var unconverted: [(range: Range<Int>, place: UnitOnLine, fix: Fix, inches: Bool)] = []
        var convertedOnLine: Set<UnitOnLine> = []
        // A draft that gives one inch value as a screen's or a bicycle's size speaks of such sizes throughout: "votre
        // téléviseur de 55 pouces … le modèle de 65 pouces", "TV de 50 polegadas … um modelo de 55 polegadas". A
        // height in feet and inches is still a height ("für Fahrer ab 5 ft 6 … der Rahmen hat 19 Zoll").
        var inchesAreTheConvention = false
        for found in try FormatSupport.matches(combined, in: context) where found.lowerBound >= covered {
            // The whole measurement, compounds included ("5 ft 7 in", "5英尺6英寸", "5 أقدام و7 إنش").
            // At most 40 UTF-16 units: room for a three-part compound, without copying a long line for each match.
            let line = context.document.lineRange(context.document.lineIndex(of: found.lowerBound))
            let rest = context.document.string(
                found.lowerBound..<min(line.upperBound, found.lowerBound + max(40, found.count)))
            guard
                let written = QuantityParser.match(in: rest, at: rest.startIndex, prose: true, names: names)
                    ?? (try? QuantityParser.parse(context.document.string(found), names: names))
            else { continue }
            let length = max(rest[written.range].utf16.count, found.count)
            let range = found.lowerBound..<(found.lowerBound + length)
            covered = range.upperBound
            let place = UnitOnLine(
                unit: written.quantity.unit.name, line: context.document.lineIndex(of: range.lowerBound))
            guard !hasConversion(after: range, in: context.document), !isConversion(range, in: context.document) else {
                convertedOnLine.insert(place)
                continue
            }
            let text = context.document.string(range)
            // Screens are sold by the inch in every market: "15,6 inch laptop", "55-Zoll-Fernseher" (the parts of a
            // hyphenated compound are read as words).
            if written.quantity.unit.name == "inch",
                inchContexts.occurs(
                    in: Self.around(range, in: context.document).replacingOccurrences(of: "-", with: " "))
            {
                inchesAreTheConvention = true
                continue
            }
            // CLDR's unit for the usage is the one written ("5'6\"" to a Canadian: person-height in feet and inches).
            guard let converted = try? converter.localize(written), converted.unit != written.quantity.unit.name,
                !Set(converted.parts.map(\.unit)).isSubset(of: written.parts.map(\.unit.name))
            else { continue }
            let fix = Fix(
                replacement: "\(text) (\(converted.formatted))", description: "Add “\(converted.formatted)”", safe: true
            )
            unconverted.append((range, place, fix, written.parts.allSatisfy { $0.unit.name == "inch" }))
        }
        return unconverted.filter {
            !convertedOnLine.contains($0.place) && !(inchesAreTheConvention && $0.inches)
        }.map {
            context.finding(info, $0.range, fixes: [$0.fix])
        }
    }

    /// A unit (CLDR's name) written on a line of the draft.
    private struct UnitOnLine: Hashable {
        let unit: String
        let line: Int
    }

    /// The measurement with up to 20 UTF-16 units either side, within its line (room for a model name between
    /// "laptop" and its size: "laptop (Nova X15, 15.6 inch)"), widened to its clause ("Layar HP seri NOVA 8
    /// ukurannya 6,5 inci").
    private static func around(_ range: Range<Int>, in document: Document) -> String {
        let line = document.lineRange(document.lineIndex(of: range.lowerBound))
        let clause = document.clause(containing: range.lowerBound, commas: true)
        let start = min(clause.lowerBound, max(line.lowerBound, range.lowerBound - 20))
        let end = max(clause.upperBound, min(line.upperBound, range.upperBound + 20))
        return document.string(start..<end)
    }

    /// True when the measurement is itself the conversion of the one before it: in "(…)" or after "/" or "," right
    /// behind a number and its unit, as in "9.8 inches (25 cm)", "9.8″ (25 cm)", "5英尺（152厘米）", "104 cm, about 41
    /// inches", also hedged or as a range's end ("78 cm (about 30.7 in)", "约76cm（約30インチ）", "54-60 cm (21.25-23.5
    /// in)"); or not a measurement at all, being an amount of money ("CHF 18.40 Zoll": German Zoll is customs duty as
    /// well as the inch).
    private static func isConversion(_ range: Range<Int>, in document: Document) -> Bool {
        let utf16 = document.utf16
        func skipSpaces(_ index: Int) -> Int {
            var index = index
            while index > 0, utf16[index - 1] == 0x20 || utf16[index - 1] == 0xA0 { index -= 1 }
            return index
        }
        var index = skipSpaces(range.lowerBound)
        // A price, not a measurement: a currency code or sign right before the number.
        let previous = wordStart(index, in: utf16)
        if previous < index {
            let word = utf16[previous..<index].withUnsafeBufferPointer(ICU.string(utf16:))
            if word.unicodeScalars.contains(where: { $0.properties.generalCategory == .currencySymbol })
                || (word.count == 3 && word.allSatisfy { $0.isASCII && $0.isUppercase })
            {
                return true
            }
        }
        // A range's start ("(21.25-23.5 in)" is judged at its start), a hedge inside the brackets ("(about 30.7 in)",
        // "（約30インチ）"), the other sides of a dimension list ("(16 × 12 × 6 in)", "（約26.8×17.7×10.6吋）"), a hedge
        // of two words ("(cerca de 44 polegadas)").
        index = openingOfConversion(before: index, in: utf16)
        // The conversion's opening: a bracket, a slash, or a comma after the first measurement ("104 cm, about 41
        // inches").
        guard index > 0, [0x28, 0xFF08, 0x2F, 0x2C].contains(utf16[index - 1]) else { return false }
        index = skipSpaces(index - 1)
        // The word before: a number with its unit attached ("9.8″", "5英尺"), or a unit right after a number
        // ("inches"), or up to four words after them ("40–42 in chest (102–107 cm)", "78 cm de tour de taille (environ
        // 31 pouces)", "a 71 cm waist, size M (28 in)").
        var end = index
        for _ in 0..<5 {
            let start = wordStart(end, in: utf16)
            guard start < end else { return false }
            if (start..<end).contains(where: { isDigit($0, in: utf16) }) { return true }
            let before = skipSpaces(start)
            if isDigit(before - 1, in: utf16) { return true }
            end = before
        }
        return false
    }

    /// The start of the word ending at `index`: at most `limit` units back, not across a space, a line break or an
    /// opening bracket.
    private static func wordStart(_ index: Int, in utf16: [UInt16], limit: Int = 12) -> Int {
        var start = index
        while start > 0, index - start < limit, ![0x20, 0x0A, 0x28, 0xFF08].contains(utf16[start - 1]) { start -= 1 }
        return start
    }

    /// True when the unit at `index` is an ASCII digit (false outside the text).
    private static func isDigit(_ index: Int, in utf16: [UInt16]) -> Bool {
        index >= 0 && index < utf16.count && utf16[index] >= 0x30 && utf16[index] <= 0x39
    }

    /// Where a bracketed conversion's text starts, reading back from its number over a range's or a dimension list's
    /// other numbers (digits, "-", "×", "x") and at most two hedge words ("cerca de", "約", "نحو"); `index` itself
    /// when there is nothing of the kind before it.
    private static func openingOfConversion(before index: Int, in utf16: [UInt16]) -> Int {
        let listMarks: Set<UInt16> = [0x20, 0xA0, 0xD7, 0x2A, 0x2D, 0x2013, 0x7E, 0xFF5E]
        var index = index, words = 0
        while index > 0 {
            let unit = utf16[index - 1]
            // Digits, list marks, a decimal mark inside a number, and "x" between sides ("16 x 12", "16x12").
            let letterX =
                (unit == 0x78 || unit == 0x58)
                && (index < 2 || utf16[index - 2] == 0x20 || isDigit(index - 2, in: utf16))
            let decimalMark = (unit == 0x2E || unit == 0x2C) && isDigit(index - 2, in: utf16)
            if isDigit(index - 1, in: utf16) || listMarks.contains(unit) || decimalMark || letterX {
                index -= 1
                continue
            }
            let start = wordStart(index, in: utf16, limit: 16)
            let word = utf16[start..<index].withUnsafeBufferPointer(ICU.string(utf16:)).lowercased()
            guard start < index, words < 2, hedges.contains(word) else { break }
            words += 1
            index = start
        }
        return index
    }

    /// Words that hedge a converted figure ("about", "ca.", "約"), in the pack languages.
    private static let hedges: Set<String> = [
        "about", "approx.", "approx", "approximately", "around", "roughly", "ca.", "ca", "circa", "~", "≈", "etwa",
        "ungefähr", "rund", "env.", "environ", "aprox.", "aproximadamente", "unos", "unas", "cerca", "ongeveer", "ok.",
        "około", "sekitar", "kurang", "lebih", "約", "约", "大约", "大約", "약", "ประมาณ", "حوالي", "تقريبا", "تقريباً",
        "de", "nahezu", "quasi", "نحو", "قرابة", "approximativement",
    ]

    /// True when "/" follows within a few characters ("10 in / 25 cm"), or a bracket holding a number follows, right
    /// away or after up to two words in the same clause ("10 in (25 cm)", "40 cm wide (about 15.7 in)").
    private static func hasConversion(after range: Range<Int>, in document: Document) -> Bool {
        let utf16 = document.utf16
        let tail = utf16[range.upperBound..<min(range.upperBound + 4, utf16.count)]
        if tail.contains(0x2F) { return true }
        let clauseEnds: Set<UInt16> = [0x0A, 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x3002, 0xFF0C, 0x3001, 0x29, 0xFF09]
        var index = range.upperBound, spaces = 0
        while index < min(utf16.count, range.upperBound + 24), !clauseEnds.contains(utf16[index]) {
            if utf16[index] == 0x28 || utf16[index] == 0xFF08 {
                let inside = (index + 1)..<min(utf16.count, index + 17)
                return inside.contains { isDigit($0, in: utf16) }
            }
            if utf16[index] == 0x20 {
                spaces += 1
                if spaces > 3 { return false }
            }
            index += 1
        }
        return false
    }
}
