import TactfulICU

/// `kind: pii` — personal data that must not be sent in a reply: payment card numbers that pass the Luhn check
/// (ISO/IEC 7812-1), IBANs that pass the ISO 13616 mod-97 check, and national identity numbers by their shape and
/// check digit (``NationalIDFormat``). Requests for such data (CVV, passwords, ID photos) are `request` rules.
///
/// ```yaml
/// detect: card        # card | iban | national-id
/// ```
struct PIIRule: RuleKind {
    enum Detector: String, CaseIterable {
        case card, iban
        case nationalID = "national-id"
    }

    let info: RuleInfo
    let detector: Detector

    init(info: RuleInfo, map: YAMLMap) throws(PackError) {
        self.info = info
        guard let detector = try map.choice("detect", Detector.self) else {
            throw map.error(map.node, "missing 'detect'")
        }
        self.detector = detector
    }

    static let card = RegexSource(#"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])"#, ignoresCase: false)
    /// True when two capital ASCII letters are followed by two digits somewhere (the start of every IBAN).
    static func mayHoldIBAN(_ utf16: [UInt16]) -> Bool {
        func isCapital(_ unit: UInt16) -> Bool { unit >= 0x41 && unit <= 0x5A }
        func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }
        return utf16.withUnsafeBufferPointer { units in
            guard units.count >= 4 else { return false }
            return (0..<(units.count - 3)).contains { index in
                isDigit(units[index + 2]) && isDigit(units[index + 3]) && isCapital(units[index])
                    && isCapital(units[index + 1])
            }
        }
    }

    static let iban = RegexSource(#"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b"#, ignoresCase: false)

    func findings(in context: LintContext, hits: [LiteralHit]) throws(LintError) -> [Finding] {
        let document = context.document
        guard let source = detector.source(digitCount: document.digitCount, utf16: document.utf16) else { return [] }
        let ranges: [Range<Int>]
        do {
            ranges = try context.pool.matches(source, in: document.utf16)
        } catch {
            throw LintError(description: "rule \(info.id): \(error)")
        }
        return ranges.compactMap { range in
            let text = document.string(range)
            let verdict = detector.check(text, region: context.market.region, pool: context.pool)
            guard verdict.passes else { return nil }
            let message = verdict.format.map { format in
                context.uiLanguage == .zhHans
                    ? "\(format.name)：回复中不得重复客户的身份证件号码，请打码。"
                    : "\(format.name): a reply must not repeat a customer's identity number. Mask it."
            }
            let fix = Fix(
                replacement: Self.masked(text), description: "Mask all but the last four characters", safe: true)
            return context.finding(info, range, fixes: [fix], message: message)
        }
    }
}

extension PIIRule.Detector {
    /// The regex of the detector's candidates, when a text with `digitCount` ASCII digits may hold one: a card
    /// number has 13 to 19 digits; an IBAN starts with two capitals and two check digits; every national identity
    /// number listed has at least six digits (the UK NINO).
    func source(digitCount: Int, utf16: [UInt16]) -> RegexSource? {
        switch self {
        case .card: digitCount >= 13 && PIIRule.mayHoldCard(utf16) ? PIIRule.card : nil
        case .iban: digitCount >= 2 && PIIRule.mayHoldIBAN(utf16) ? PIIRule.iban : nil
        case .nationalID: digitCount >= 6 && NationalIDFormat.mayHoldShape(utf16) ? NationalIDFormat.anyShape : nil
        }
    }

    /// Whether a match of `source`, as written, passes the detector's check (a national identity number only among
    /// the formats looked for in `region`; nil: all), and for a national identity number its format.
    func check(_ written: String, region: String?, pool: ICUPool) -> (passes: Bool, format: NationalIDFormat?) {
        switch self {
        case .card: (Checksums.luhn(PIIRule.compact(written)), nil)
        case .iban: (Checksums.iban(PIIRule.compact(written)), nil)
        case .nationalID:
            NationalIDFormat.format(of: written, region: region, pool: pool).map { (true, $0) } ?? (false, nil)
        }
    }
}

extension PIIRule {
    /// A match without the spaces, dashes, dots and brackets it is written with.
    static func compact(_ text: String) -> String {
        text.filter { !$0.isWhitespace && !"-.()".contains($0) }
    }

    /// A match as its fix writes it: all but the last four characters become `•`.
    static func masked(_ written: String) -> String {
        let compact = compact(written)
        return String(repeating: "•", count: max(compact.count - 4, 0)) + compact.suffix(4)
    }
}

/// Check-digit algorithms for card numbers and IBANs.
enum Checksums {
    /// The Luhn mod-10 check of ISO/IEC 7812-1, for 13–19 digits.
    static func luhn(_ digits: String) -> Bool {
        let values = digits.compactMap(\.wholeNumberValue)
        guard values.count == digits.count, (13...19).contains(values.count) else { return false }
        let sum = values.reversed().enumerated().reduce(0) { total, item in
            let doubled = item.offset % 2 == 1 ? item.element * 2 : item.element
            return total + (doubled > 9 ? doubled - 9 : doubled)
        }
        return sum % 10 == 0
    }

    /// The ISO 13616 / ISO 7064 mod-97-10 check of an IBAN (15–34 characters).
    static func iban(_ text: String) -> Bool {
        let characters = Array(text.uppercased())
        guard (15...34).contains(characters.count) else { return false }
        var remainder = 0
        for character in characters[4...] + characters[..<4] {
            guard let value = character.wholeNumberValue ?? character.asciiValue.map({ Int($0) - 55 }),
                character.isASCII, value >= 0, value < 36
            else { return false }
            remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97
        }
        return remainder == 1
    }
}
