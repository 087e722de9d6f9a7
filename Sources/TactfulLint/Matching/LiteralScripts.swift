/// The writing systems a literal can only be found in, so that a market's automaton holds only the literals a text
/// could contain: an English draft never needs the Japanese, Arabic and Korean phrases that the shared glossaries
/// (stances, taboos, law cues) give every market, and folding those with ICU was most of building a rule set.
///
/// Each class is a range of letters that NFKC case folding (``NormalizedText``) keeps within the class: a literal
/// with such a letter folds to units that include one of the class, so it can match only a folded text with a unit
/// of the class. A literal is put in the class of its first such letter (or in none: always matched for).
/// `LiteralScriptsTests` checks every letter of every class and every built-in literal.
struct LiteralScripts: OptionSet, Hashable, Sendable {
    let rawValue: UInt16

    static let han = LiteralScripts(rawValue: 1 << 0)
    static let kana = LiteralScripts(rawValue: 1 << 1)
    static let hangul = LiteralScripts(rawValue: 1 << 2)
    static let arabic = LiteralScripts(rawValue: 1 << 3)
    static let thai = LiteralScripts(rawValue: 1 << 4)
    static let cyrillic = LiteralScripts(rawValue: 1 << 5)
    static let greek = LiteralScripts(rawValue: 1 << 6)
    static let hebrew = LiteralScripts(rawValue: 1 << 7)
    static let devanagari = LiteralScripts(rawValue: 1 << 8)
    /// Accented Latin letters (é, ö, ł, ơ), less those case folding takes out of the class (ß → ss, ĳ → ij).
    static let accentedLatin = LiteralScripts(rawValue: 1 << 9)

    /// The class of one scalar (or UTF-16 unit), empty outside every class. Letters only: marks and symbols may
    /// fold across scripts.
    static func of(_ value: UInt32) -> LiteralScripts {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: .han
        case 0x3041...0x3096, 0x30A1...0x30FA: .kana
        case 0xAC00...0xD7A3: .hangul
        case 0x0620...0x064A: .arabic
        case 0x0E01...0x0E30: .thai
        case 0x0410...0x044F: .cyrillic
        case 0x0391...0x03A1, 0x03A3...0x03A9, 0x03B1...0x03C9: .greek
        case 0x05D0...0x05EA: .hebrew
        case 0x0915...0x0939: .devanagari
        case 0x00C0...0x00D6, 0x00D8...0x00DE, 0x00E0...0x00F6, 0x00F8...0x012F, 0x0131, 0x0134...0x013E,
            0x0141...0x0148,
            0x014A...0x017E, 0x1EA0...0x1EF9:
            .accentedLatin
        default: []
        }
    }

    /// The class a literal, as written in a pack, can only be found in: its first classed letter's, else none.
    static func needed(by literal: String) -> LiteralScripts {
        for scalar in literal.unicodeScalars where scalar.value >= 0x00C0 {
            let scripts = of(scalar.value)
            if !scripts.isEmpty { return scripts }
        }
        return []
    }

    /// Every class with a unit in folded text.
    static func present(in units: [UInt16]) -> LiteralScripts {
        var found: LiteralScripts = []
        for unit in units where unit >= 0x00C0 { found.formUnion(of(UInt32(unit))) }
        return found
    }
}
