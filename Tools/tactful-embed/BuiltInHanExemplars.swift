import TactfulICU

/// The Han letters of the main exemplar sets of Japanese and of Simplified and Traditional Chinese, read with ICU
/// when the binary is built: TactfulLint's `LiteralScripts` classes a Han letter also by the sets it is outside of,
/// so that a Japanese draft's automaton leaves out the Chinese phrases written with letters Japanese does not use
/// (们, 这, 请), and a Chinese draft's the phrases of the other Chinese script. Keyed by language tag; the blocks are
/// `LiteralScripts.hanBlocks` (a test compares the tables with ICU's sets over those).
enum BuiltInHanExemplars {
    static let languages = ["ja", "zh-Hans", "zh-Hant"]
    static let blocks: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF]

    /// Each language's Han letters, as one string.
    static func tables() -> [String: String] {
        var tables: [String: String] = [:]
        for tag in languages {
            guard let locale = try? ICU.LocaleID(tag: tag),
                let letters = try? ICU.ExemplarCharacters.standard(of: locale, in: blocks)
            else { continue }
            tables[tag] = letters
        }
        return tables
    }
}
