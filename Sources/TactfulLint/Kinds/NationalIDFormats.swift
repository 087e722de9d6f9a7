/// National identity numbers that a reply must not repeat, each by its written shape and, where the number has one,
/// its check digit — so that an order or tracking number of the same length is not taken for one. Only shapes that
/// are distinctive by themselves (letters in fixed places, a birth date, the printed grouping) are listed: a bare run
/// of nine or ten digits whose only test is a mod-10 or mod-11 check would pass for one order number in ten.
///
/// Sources, per format: the issuing authority's specification where it is published, else the Wikipedia article on
/// the document, which quotes it (each listed in `source`).
struct NationalIDFormat: Sendable {
    /// What the number is, in English ("Chinese resident identity card number").
    let name: String
    let source: String
    /// The written shape; the check runs on the match with spaces, dashes, dots and brackets removed.
    let shape: String
    /// The customers' regions it is looked for in, when its shape alone could be another kind of number there (a
    /// letter and nine digits, twelve digits in threes of four); nil: every market.
    var regions: Set<String>? = nil
    let check: @Sendable (_ compact: [Character]) -> Bool

    /// A digit or an ASCII letter, as the shapes look around for it: an alternation rather than `[\dA-Za-z]`, which
    /// matches the same characters, because ICU builds a class holding `\d` from the Unicode property tables at every
    /// compile (0.3M instructions a class; with two dozen, `anyShape` took 8.7M to compile, now 2.6M). The shapes
    /// write their other classes holding `\d` as alternations too.
    private static let alnum = #"(?:\d|[A-Za-z])"#

    /// Every format, in the order they are tried on a match.
    static let all: [NationalIDFormat] = [
        NationalIDFormat(
            name: "Chinese resident identity card number (公民身份号码)",
            source: "GB 11643-1999 (region, birth date, sequence, ISO 7064 MOD 11-2 check character)",
            shape:
                #"\d(?<!\#(alnum)\d)\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"#
                + #"\d{3}(?:\d|[Xx])(?!\#(alnum))"#,
            check: { chinese($0) }),
        NationalIDFormat(
            name: "Taiwan national identification number (身分證字號)",
            source:
                "Ministry of the Interior format: letter of the place of first registration, sex digit, seven "
                + "digits, check digit (weights 1, 9, 8 … 1 on the letter's two-digit code and the digits; "
                + "Wikipedia, 'National identification card (Taiwan)')",
            shape: #"[A-Z](?<!\#(alnum)[A-Z])[12]\d{8}(?!\#(alnum))"#,
            regions: ["TW"],
            check: { taiwan($0) }),
        NationalIDFormat(
            name: "Hong Kong identity card number",
            source:
                "Immigration Department format: one or two letters, six digits, check digit in brackets (mod 11, "
                + "10 written A; Wikipedia, 'Hong Kong identity card' § Check digit)",
            shape: #"[A-Z](?<!\#(alnum)[A-Z])[A-Z]?\d{6}\s?\([0-9A]\)"#,
            check: { hongKong($0) }),
        NationalIDFormat(
            name: "Singapore NRIC or FIN",
            source:
                "ICA format: S, T, F or G, seven digits, check letter (weights 2, 7, 6, 5, 4, 3, 2; Wikipedia, "
                + "'National Registration Identity Card' § Structure); the M series of 2022 is left out (its letter "
                + "table was not checked)",
            shape: #"[STFG](?<!\#(alnum)[STFG])\d{7}[A-Z](?!\#(alnum))"#,
            check: { singapore($0) }),
        NationalIDFormat(
            name: "Brazilian CPF",
            source: "Receita Federal: eleven digits written 000.000.000-00, two mod-11 check digits",
            shape: #"\d(?<!(?:\d|\.)\d)\d{2}\.\d{3}\.\d{3}-\d{2}(?!(?:\d|-))"#,
            check: { cpf($0) }),
        NationalIDFormat(
            name: "Spanish DNI or NIE",
            source:
                "Ministerio del Interior, control letter of the NIF/NIE: the number (X, Y, Z read 0, 1, 2) modulo "
                + "23 indexes TRWAGMYFPDXBNJZSQVHLCKE",
            shape: #"(?:\d|[XYZ])(?<!\#(alnum)(?:\d|[XYZ]))(?:\d{7}|-?\d{7})-?[A-HJ-NP-TV-Z](?!\#(alnum))"#,
            regions: ["ES"],
            check: { spanish($0) }),
        NationalIDFormat(
            name: "Italian codice fiscale",
            source:
                "DM 23 dicembre 1976 (Agenzia delle Entrate): 16 characters, check character from the odd- and "
                + "even-position tables",
            shape: #"[A-Z](?<!\#(alnum)[A-Z])[A-Z]{5}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z](?!\#(alnum))"#,
            check: { codiceFiscale($0) }),
        NationalIDFormat(
            name: "South Korean resident registration number (주민등록번호)",
            source:
                "주민등록법 시행규칙: birth date, dash, sex and century digit 1–4, six digits (the check digit is not used "
                + "for numbers issued since October 2020, so only the shape and date are tested)",
            shape: #"\d(?<!\d\d)\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-[1-4]\d{6}(?!\d)"#,
            check: { _ in true }),
        NationalIDFormat(
            name: "US Social Security number",
            source:
                "Social Security Administration: 000-00-0000 with no area 000, 666 or 900–999, no group 00 and no "
                + "serial 0000 (SSA, 'Social Security Number Randomization')",
            shape: #"\d(?<!(?:\d|-)\d)\d{2}-\d{2}-\d{4}(?!(?:\d|-))"#,
            regions: ["US"],
            check: { ssn($0) }),
        NationalIDFormat(
            name: "UK National Insurance number",
            source:
                "HMRC National Insurance Manual NIM39110: two prefix letters (not D, F, I, Q, U, V; second not O; "
                + "not BG, GB, KN, NK, NT, TN, ZZ), six digits, suffix A–D",
            shape:
                #"[A-CEGHJ-PR-TW-Z](?<!\#(alnum)[A-Z])[A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?!\#(alnum))"#,
            regions: ["GB"],
            check: { !["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].contains(String($0.prefix(2))) }),
        NationalIDFormat(
            name: "French social security number (NIR)",
            source:
                "INSEE: sex, year, month, département (2A/2B for Corsica), commune, order and a two-digit key 97 "
                + "− (number mod 97)",
            shape:
                #"[12](?<!\#(alnum)[12]) ?\d{2} ?(?:0[1-9]|1[0-2]) ?(?:\d{2}|2[AB])"#
                + #" ?\d{3} ?\d{3} ?\d{2}(?!\#(alnum))"#,
            check: { nir($0) }),
        NationalIDFormat(
            name: "UAE Emirates ID number",
            source: "ICP: 784-YYYY-NNNNNNN-C, the last digit a Luhn check digit",
            shape: #"7(?<!(?:\d|-)7)84-\d{4}-\d{7}-\d(?!(?:\d|-))"#,
            check: { Checksums.luhn(String($0)) }),
        NationalIDFormat(
            name: "Indian Aadhaar number",
            source:
                "UIDAI: twelve digits printed in groups of four, first digit 2–9, last digit a Verhoeff check "
                + "digit",
            shape: #"[2-9](?<!\d[2-9])(?<!\d [2-9])\d{3} \d{4} \d{4}(?!\d)(?! \d)"#,
            regions: ["IN"],
            check: { id in id.count == 12 && digits(id[...]).map(verhoeff) == true }),
    ]

    /// All shapes as one alternation, searched once per draft.
    static let anyShape = RegexSource(all.map { "(?:\($0.shape))" }.joined(separator: "|"), ignoresCase: false)
    /// Each shape alone, to tell which format a match of `anyShape` is.
    static let shapes: [RegexSource] = all.map { RegexSource("^(?:\($0.shape))$", ignoresCase: false) }

    /// The format a match of `anyShape` has and whose check it passes, if any, among those looked for in `region`
    /// (nil: all of them).
    static func format(of text: String, region: String?, pool: ICUPool) -> NationalIDFormat? {
        let units = Array(text.utf16)
        let compact = Array(PIIRule.compact(text))
        return zip(all, shapes).first { format, shape in
            (region == nil || format.regions?.contains(region!) != false)
                && (try? pool.matches(shape, in: units))?.isEmpty == false && format.check(compact)
        }?.0
    }

    // MARK: - Check digits

    private static func digits(_ characters: ArraySlice<Character>) -> [Int]? {
        let values = characters.compactMap(\.wholeNumberValue)
        return values.count == characters.count ? values : nil
    }

    /// The sum of `values` times `weights`, pair by pair.
    private static func weighted(_ values: [Int], _ weights: [Int]) -> Int {
        zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// ISO 7064 MOD 11-2 over the first 17 digits; the 18th is "10X98765432"[sum mod 11].
    static func chinese(_ id: [Character]) -> Bool {
        guard id.count == 18, let values = digits(id[0..<17]) else { return false }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = weighted(values, weights)
        return Array("10X98765432")[sum % 11] == Character(id[17].uppercased())
    }

    /// No area 000, 666 or 900–999, no group 00, no serial 0000 (SSA).
    static func ssn(_ id: [Character]) -> Bool {
        guard id.count == 9, let values = digits(id[...]) else { return false }
        let area = values[0] * 100 + values[1] * 10 + values[2]
        return area != 0 && area != 666 && area < 900 && values[3...4] != [0, 0] && values[5...8] != [0, 0, 0, 0]
    }

    static func taiwan(_ id: [Character]) -> Bool {
        let codes = Array("ABCDEFGHJKLMNPQRSTUVXYWZIO")
        guard id.count == 10, let letter = codes.firstIndex(of: id[0]), let values = digits(id[1...]) else {
            return false
        }
        let code = letter + 10
        let sum = code / 10 + (code % 10) * 9 + weighted(values, [8, 7, 6, 5, 4, 3, 2, 1, 1])
        return sum % 10 == 0
    }

    static func hongKong(_ id: [Character]) -> Bool {
        let compact = id.filter { $0 != "(" && $0 != ")" }
        guard compact.count == 8 || compact.count == 9, let last = compact.last else { return false }
        let body = compact.count == 8 ? [" "] + compact.dropLast() : Array(compact.dropLast())
        var sum = 0
        for (index, character) in body.enumerated() {
            let value: Int
            if character == " " {
                value = 36
            } else if let digit = character.wholeNumberValue {
                value = digit
            } else if let ascii = character.asciiValue {
                value = Int(ascii) - 55
            } else {
                return false
            }
            sum += value * (9 - index)
        }
        let check = (11 - sum % 11) % 11
        return (check == 10 ? "A" : Character(String(check))) == last
    }

    static func singapore(_ id: [Character]) -> Bool {
        guard id.count == 9, let values = digits(id[1..<8]) else { return false }
        let sum = weighted(values, [2, 7, 6, 5, 4, 3, 2]) + ("TG".contains(id[0]) ? 4 : 0)
        let table = Array("ST".contains(id[0]) ? "JZIHGFEDCBA" : "XWUTRQPNMLK")
        return table[sum % 11] == id[8]
    }

    static func cpf(_ id: [Character]) -> Bool {
        guard id.count == 11, let values = digits(id[...]), Set(values).count > 1 else { return false }
        func check(_ count: Int) -> Int {
            let sum = (0..<count).reduce(0) { $0 + values[$1] * (count + 1 - $1) }
            let remainder = sum % 11
            return remainder < 2 ? 0 : 11 - remainder
        }
        return check(9) == values[9] && check(10) == values[10]
    }

    static func spanish(_ id: [Character]) -> Bool {
        guard id.count == 9, let letter = id.last else { return false }
        var body = Array(id.dropLast())
        if let prefix = "XYZ".firstIndex(of: body[0]) {
            body[0] = Character(String("XYZ".distance(from: "XYZ".startIndex, to: prefix)))
        }
        guard let values = digits(body[...]) else { return false }
        let number = values.reduce(0) { $0 * 10 + $1 }
        return Array("TRWAGMYFPDXBNJZSQVHLCKE")[number % 23] == letter
    }

    static func codiceFiscale(_ id: [Character]) -> Bool {
        guard id.count == 16 else { return false }
        let odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        var sum = 0
        for (index, character) in id.prefix(15).enumerated() {
            let value = character.wholeNumberValue ?? character.asciiValue.map { Int($0) - 65 } ?? -1
            guard (0..<26).contains(value) else { return false }
            sum += index % 2 == 0 ? odd[value] : value
        }
        return Character(UnicodeScalar(UInt8(65 + sum % 26))) == id[15]
    }

    static func nir(_ id: [Character]) -> Bool {
        guard id.count == 15 else { return false }
        // Corsica's 2A and 2B are read as 19 and 18 for the key.
        var body = String(id.prefix(13))
        var offset = 0
        if body.contains("A") { body = body.replacingOccurrences(of: "A", with: "0"); offset = 1_000_000 }
        if body.contains("B") { body = body.replacingOccurrences(of: "B", with: "0"); offset = 2_000_000 }
        guard let number = Int(body), let key = Int(String(id.suffix(2))) else { return false }
        return 97 - (number - offset) % 97 == key
    }

    /// The Verhoeff check (dihedral group D5), as UIDAI uses it for Aadhaar.
    static func verhoeff(_ values: [Int]) -> Bool {
        let multiplication = [
            [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
            [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
            [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
            [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
        ]
        let permutation = [
            [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
            [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
            [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
        ]
        var check = 0
        for (index, value) in values.reversed().enumerated() {
            check = multiplication[check][permutation[index % 8][value]]
        }
        return check == 0
    }
}
