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
        // A card number has 13 to 19 digits; an IBAN starts with two capitals and two check digits; every national
        // identity number listed has at least six digits (the UK NINO).
        let document = context.document
        let source: RegexSource
        switch detector {
        case .card:
            guard document.digitCount >= 13 else { return [] }
            source = Self.card
        case .iban:
            guard document.digitCount >= 2, Self.mayHoldIBAN(document.utf16) else { return [] }
            source = Self.iban
        case .nationalID:
            guard document.digitCount >= 6 else { return [] }
            source = NationalIDFormat.anyShape
        }
        let ranges: [Range<Int>]
        do {
            ranges = try context.pool.matches(source, in: context.document.utf16)
        } catch {
            throw LintError(description: "rule \(info.id): \(error)")
        }
        return ranges.compactMap { range in
            let text = context.document.string(range)
            let digits = Self.compact(text)
            var message: String?
            switch detector {
            case .card: guard Checksums.luhn(digits) else { return nil }
            case .iban: guard Checksums.iban(digits) else { return nil }
            case .nationalID:
                let region = context.market.region
                guard let format = NationalIDFormat.format(of: text, region: region, pool: context.pool) else {
                    return nil
                }
                message =
                    context.uiLanguage == .zhHans
                    ? "\(format.name)：回复中不得重复客户的身份证件号码，请打码。"
                    : "\(format.name): a reply must not repeat a customer's identity number. Mask it."
            }
            let masked = String(repeating: "•", count: max(digits.count - 4, 0)) + digits.suffix(4)
            return context.finding(
                info, range,
                fixes: [
                    Fix(replacement: masked, description: "Mask all but the last four characters", safe: true)
                ], message: message)
        }
    }
}

extension PIIRule {
    /// A match without the spaces, dashes, dots and brackets it is written with.
    static func compact(_ text: String) -> String {
        text.filter { !$0.isWhitespace && !"-.()".contains($0) }
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
