import TactfulPhraseFolding

/// The writing systems a literal can only be found in, so that a market's automaton holds only the literals a text
/// could contain: an English draft never needs the Japanese, Arabic and Korean phrases that the shared glossaries
/// (stances, taboos, law cues) give every market, and folding those with ICU was most of building a rule set.
///
/// Each class is a range of letters that NFKC case folding (``NormalizedText``) keeps within the class: a literal
/// with such a letter folds to units that include one of the class, so it can match only a folded text with a unit
/// of the class. A literal is put in the classes of all its letters (or in none: always matched for), so that a
/// Japanese phrase with kana stays out of a Chinese draft's automaton although it starts with a Han character. The
/// accented Latin letters are classed by their accent (the first mark of their canonical decomposition; a letter of
/// its own, such as ø or ł, by itself), so that a German draft's umlauts do not bring in the French, Polish and
/// Vietnamese phrases: case pairs decompose alike, so case folding keeps each letter within its class. A Han letter
/// is also classed by the CJK exemplar sets it is outside of (``HanExemplarClasses``).
/// `LiteralScriptsTests` checks every letter of every class and every built-in literal.
struct LiteralScripts: OptionSet, Hashable, Sendable {
    let rawValue: UInt32

    static let han = LiteralScripts(rawValue: 1 << 0)
    static let kana = LiteralScripts(rawValue: 1 << 1)
    static let hangul = LiteralScripts(rawValue: 1 << 2)
    static let arabic = LiteralScripts(rawValue: 1 << 3)
    static let thai = LiteralScripts(rawValue: 1 << 4)
    static let cyrillic = LiteralScripts(rawValue: 1 << 5)
    static let greek = LiteralScripts(rawValue: 1 << 6)
    static let hebrew = LiteralScripts(rawValue: 1 << 7)
    static let devanagari = LiteralScripts(rawValue: 1 << 8)
    /// Vietnamese letters with tone marks (ạ, ế, ự).
    static let vietnamese = LiteralScripts(rawValue: 1 << 9)
    /// Han letters outside the main exemplar set of Japanese (``HanExemplarClasses``).
    static let hanOutsideJapanese = LiteralScripts(rawValue: 1 << 24)
    /// Han letters outside the main exemplar set of Simplified Chinese.
    static let hanOutsideSimplified = LiteralScripts(rawValue: 1 << 25)
    /// Han letters outside the main exemplar set of Traditional Chinese.
    static let hanOutsideTraditional = LiteralScripts(rawValue: 1 << 26)
    /// Latin letters with a grave (à è ì ò ù).
    static let latinGrave = LiteralScripts(rawValue: 1 << 10)
    /// Latin letters with an acute (é á ó ś ź).
    static let latinAcute = LiteralScripts(rawValue: 1 << 11)
    /// Latin letters with a circumflex (â ê ô ŝ).
    static let latinCircumflex = LiteralScripts(rawValue: 1 << 12)
    /// Latin letters with a tilde (ã ñ õ).
    static let latinTilde = LiteralScripts(rawValue: 1 << 13)
    /// Latin letters with a diaeresis (ä ë ö ü).
    static let latinDiaeresis = LiteralScripts(rawValue: 1 << 14)
    /// Latin letters with a ring (å ů).
    static let latinRing = LiteralScripts(rawValue: 1 << 15)
    /// Latin letters with a cedilla (ç ş ţ).
    static let latinCedilla = LiteralScripts(rawValue: 1 << 16)
    /// Latin letters with a macron (ā ē ū).
    static let latinMacron = LiteralScripts(rawValue: 1 << 17)
    /// Latin letters with a breve (ă ğ).
    static let latinBreve = LiteralScripts(rawValue: 1 << 18)
    /// Latin letters with a ogonek (ą ę).
    static let latinOgonek = LiteralScripts(rawValue: 1 << 19)
    /// Latin letters with a dot above (ė ż).
    static let latinDotAbove = LiteralScripts(rawValue: 1 << 20)
    /// Latin letters with a caron (č š ž).
    static let latinCaron = LiteralScripts(rawValue: 1 << 21)
    /// Latin letters with a double acute (ő ű).
    static let latinDoubleAcute = LiteralScripts(rawValue: 1 << 22)
    /// Latin letters with a letter of their own (æ ø ł đ œ ı, no decomposition).
    static let latinOther = LiteralScripts(rawValue: 1 << 23)

    /// The class of one scalar (or UTF-16 unit), empty outside every class. Letters only: marks and symbols may
    /// fold across scripts. Of the Latin letters beyond ASCII, those case folding takes out of their class are in
    /// none (ß → ss, ĳ → ij, İ → i̇, ŉ → ʼn, ŀ → l·).
    static func of(_ value: UInt32) -> LiteralScripts {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: HanExemplarClasses.classes(of: value)
        case 0x3041...0x3096, 0x30A1...0x30FA: .kana
        case 0xAC00...0xD7A3: .hangul
        case 0x0620...0x063F, 0x0641...0x064A: .arabic  // not the tatweel (U+0640), which folding drops
        case 0x0E01...0x0E30: .thai
        case 0x0410...0x044F: .cyrillic
        case 0x0391...0x03A1, 0x03A3...0x03A9, 0x03B1...0x03C9: .greek
        case 0x05D0...0x05EA: .hebrew
        case 0x0915...0x0939: .devanagari
        case 0x1EA0...0x1EF9: .vietnamese
        // ÀÈÌÒÙàèìòù
        case 0x00C0, 0x00C8, 0x00CC, 0x00D2, 0x00D9, 0x00E0, 0x00E8, 0x00EC, 0x00F2, 0x00F9: .latinGrave
        // ÁÉÍÓÚÝáéíóúýĆćĹĺŃńŔŕŚśŹź
        case 0x00C1, 0x00C9, 0x00CD, 0x00D3, 0x00DA, 0x00DD, 0x00E1, 0x00E9, 0x00ED, 0x00F3, 0x00FA, 0x00FD, 0x0106,
            0x0107, 0x0139, 0x013A, 0x0143, 0x0144, 0x0154, 0x0155, 0x015A, 0x015B, 0x0179, 0x017A:
            .latinAcute
        // ÂÊÎÔÛâêîôûĈĉĜĝĤĥĴĵŜŝŴŵŶŷ
        case 0x00C2, 0x00CA, 0x00CE, 0x00D4, 0x00DB, 0x00E2, 0x00EA, 0x00EE, 0x00F4, 0x00FB, 0x0108, 0x0109, 0x011C,
            0x011D, 0x0124, 0x0125, 0x0134, 0x0135, 0x015C, 0x015D, 0x0174, 0x0175, 0x0176, 0x0177:
            .latinCircumflex
        // ÃÑÕãñõĨĩŨũ
        case 0x00C3, 0x00D1, 0x00D5, 0x00E3, 0x00F1, 0x00F5, 0x0128, 0x0129, 0x0168, 0x0169: .latinTilde
        // ÄËÏÖÜäëïöüÿŸ
        case 0x00C4, 0x00CB, 0x00CF, 0x00D6, 0x00DC, 0x00E4, 0x00EB, 0x00EF, 0x00F6, 0x00FC, 0x00FF, 0x0178:
            .latinDiaeresis
        // ÅåŮů
        case 0x00C5, 0x00E5, 0x016E, 0x016F: .latinRing
        // ÇçĢģĶķĻļŅņŖŗŞşŢţ
        case 0x00C7, 0x00E7, 0x0122, 0x0123, 0x0136, 0x0137, 0x013B, 0x013C, 0x0145, 0x0146, 0x0156, 0x0157, 0x015E,
            0x015F, 0x0162, 0x0163:
            .latinCedilla
        // ĀāĒēĪīŌōŪū
        case 0x0100, 0x0101, 0x0112, 0x0113, 0x012A, 0x012B, 0x014C, 0x014D, 0x016A, 0x016B: .latinMacron
        // ĂăĔĕĞğĬĭŎŏŬŭ
        case 0x0102, 0x0103, 0x0114, 0x0115, 0x011E, 0x011F, 0x012C, 0x012D, 0x014E, 0x014F, 0x016C, 0x016D: .latinBreve
        // ĄąĘęĮįŲų
        case 0x0104, 0x0105, 0x0118, 0x0119, 0x012E, 0x012F, 0x0172, 0x0173: .latinOgonek
        // ĊċĖėĠġŻż
        case 0x010A, 0x010B, 0x0116, 0x0117, 0x0120, 0x0121, 0x017B, 0x017C: .latinDotAbove
        // ČčĎďĚěĽľŇňŘřŠšŤťŽž
        case 0x010C, 0x010D, 0x010E, 0x010F, 0x011A, 0x011B, 0x013D, 0x013E, 0x0147, 0x0148, 0x0158, 0x0159, 0x0160,
            0x0161, 0x0164, 0x0165, 0x017D, 0x017E:
            .latinCaron
        // ŐőŰű
        case 0x0150, 0x0151, 0x0170, 0x0171: .latinDoubleAcute
        // ÆÐØÞæðøþĐđĦħıĸŁłŊŋŒœŦŧ
        case 0x00C6, 0x00D0, 0x00D8, 0x00DE, 0x00E6, 0x00F0, 0x00F8, 0x00FE, 0x0110, 0x0111, 0x0126, 0x0127, 0x0131,
            0x0138, 0x0141, 0x0142, 0x014A, 0x014B, 0x0152, 0x0153, 0x0166, 0x0167:
            .latinOther
        default: []
        }
    }

    /// Whether `value` is a letter of the Han blocks (``HanExemplarClasses/blocks``): its classes, whatever the
    /// exemplar sets say, hold ``han``.
    static func isHan(_ value: UInt32) -> Bool {
        (value >= 0x3400 && value <= 0x4DBF) || (value >= 0x4E00 && value <= 0x9FFF)
    }

    /// Whether `literal`, as written in a pack, can be found in a text holding the classes `present`: the class of
    /// each of its classed letters is among them. Read up to the first letter whose class is not (a market's phrases
    /// of other scripts are read a letter each).
    static func canOccur(_ literal: String, among present: LiteralScripts) -> Bool {
        var literal = literal
        return literal.withUTF8 { canOccur(utf8: $0, among: present) }
    }

    /// ``canOccur(_:among:)`` for the literal of the UTF-8 bytes `utf8` (valid UTF-8), read where they lie.
    static func canOccur(utf8: UnsafeBufferPointer<UInt8>, among present: LiteralScripts) -> Bool {
        // Every classed letter is beyond ASCII: most literals have none (checked eight bytes at a time, a market's
        // thousands of phrases each time a first draft comes).
        guard hasNonASCII(utf8) else { return true }
        return canOccur(nonASCII: utf8, among: present)
    }

    /// ``canOccur(utf8:among:)`` for a literal known to hold a byte beyond ASCII. Only the scalars from U+00C0 are
    /// decoded, by hand (lead byte 0xC3 and up): the bytes before are stepped over, where the standard library's
    /// decoder cost a market's first draft two million instructions over its thousands of phrases of other scripts.
    /// A sequence cut short ends the reading, as it ends the standard decoder's.
    static func canOccur(nonASCII utf8: UnsafeBufferPointer<UInt8>, among present: LiteralScripts) -> Bool {
        let hanless = !present.contains(.han)
        var index = 0
        while index < utf8.count {
            let lead = UInt32(utf8[index])
            guard lead >= 0xC3 else {  // ASCII, or U+0080–U+00BF (lead byte 0xC2): in no class
                index &+= lead < 0x80 ? 1 : 2
                continue
            }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard index &+ length <= utf8.count else { return true }
            var value = lead & (0x7F &>> UInt32(length))
            for offset in 1..<length { value = value &<< 6 | UInt32(utf8[index &+ offset] & 0x3F) }
            // A Han letter is always of `.han`: a text without one refuses it before its exemplar classes are looked
            // up, whose table a run makes on first use (a third of a million instructions an English draft spent).
            if hanless && isHan(value) { return false }
            guard present.isSuperset(of: of(value)) else { return false }
            index &+= length
        }
        return true
    }

    /// Whether a byte of `utf8` is beyond ASCII: the bytes OR-ed eight at a time, their high bits tested once.
    static func hasNonASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(utf8)
        var bits: UInt64 = 0
        var index = 0
        while index + 8 <= raw.count {
            bits |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < raw.count {
            bits |= UInt64(raw[index])
            index += 1
        }
        return bits & 0x8080_8080_8080_8080 != 0
    }

    /// Every class with a unit in folded text.
    static func present(in units: [UInt16]) -> LiteralScripts {
        var found: LiteralScripts = []
        for unit in units where unit >= 0x00C0 { found.formUnion(of(UInt32(unit))) }
        return found
    }
}
