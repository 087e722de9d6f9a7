import Foundation
import TactfulICU
import TactfulMarketTags
import TactfulPhraseFolding
import Yams

/// The built-in packs' and glossaries' non-ASCII phrases folded for matching when the binary is built, by the same
/// code a run folds a phrase with (`NormalizedText.fold`): a run then takes a built-in phrase's folded form from the
/// table (`FoldedPhraseTable`) instead of segmenting it with ICU's word iterator, which for Japanese, Chinese and
/// Thai phrases runs a dictionary. A phrase is any one-line string of a YAML or CSV file (and its strings through
/// the built-in transforms), with a leading or trailing `*` cut as a stem marker is; a string that is no phrase
/// costs the table a line, and a phrase that is not in it is folded with ICU. The phrases are folded with the root
/// locale's word iterator; the table names the built-in markets' locales whose iterators fold every one alike.
enum BuiltInFoldedPhrases {
    /// The longest string, in UTF-8 bytes, taken for a phrase (longer ones are messages and notes).
    static let longest = 160
    /// What is cut from either end of a CSV field, as the glossary reader cuts it.
    private static let quotesAndSpaces = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\""))

    /// The table's text (`FoldedPhraseTable.encoded`) for the embedded files `texts` and the strings `extra`, valid
    /// for the markets of `checkedTags` (`MarketTagCheck.encode` lines) whose locales fold them alike; nil when the
    /// phrases are too many for the table's index.
    static func encoded(texts: [String: String], extra: [String], checkedTags: [String: String]) -> String? {
        let phrases = candidates(texts: texts, extra: extra)
        guard let reference = try? folded(phrases, locale: .root) else {
            return FoldedPhraseTable.encoded(phrases: [], folded: FoldedPhrases(count: 0), locales: [])
        }
        var locales: Set<String> = []
        for line in checkedTags.values {
            guard case .known(let locale, _) = MarketTagCheck.decode(line), !locales.contains(locale.identifier),
                let folded = try? folded(phrases, locale: locale),
                phrases.indices.allSatisfy({ folded[$0] == reference[$0] })
            else { continue }
            locales.insert(locale.identifier)
        }
        return FoldedPhraseTable.encoded(phrases: phrases, folded: reference, locales: locales.sorted())
    }

    /// `phrases` folded with a word iterator of `locale`.
    private static func folded(_ phrases: [String], locale: ICU.LocaleID) throws(ICUError) -> FoldedPhrases {
        var folded = FoldedPhrases(count: phrases.count)
        let words = try ICU.BreakIterator(.word, locale: locale)
        try NormalizedText.fold(phrases, at: Array(phrases.indices), into: &folded, with: words)
        return folded
    }

    /// Every non-ASCII one-line string of the YAML and CSV files and of `extra`, no longer than ``longest``, and
    /// each without a leading or trailing `*`, sorted.
    private static func candidates(texts: [String: String], extra: [String]) -> [String] {
        var strings: Set<String> = Set(extra)
        for (path, text) in texts {
            if path.hasSuffix(".csv") {
                for line in text.split(whereSeparator: \.isNewline) {
                    for field in line.split(separator: ",") {
                        strings.insert(String(field))
                        strings.insert(field.trimmingCharacters(in: quotesAndSpaces))
                    }
                }
            } else if path.hasSuffix(".yml") || path.hasSuffix(".yaml"), let node = try? Yams.compose(yaml: text) {
                collect(node, into: &strings)
            }
        }
        var phrases: Set<String> = []
        for string in strings where string.utf8.count <= longest && string.utf8.contains(where: { $0 >= 0x80 }) {
            guard !string.contains(where: \.isNewline) else { continue }
            phrases.insert(string)
            var cut = Substring(string)
            if cut.hasPrefix("*") { cut = cut.dropFirst() }
            if cut.hasSuffix("*") { cut = cut.dropLast() }
            phrases.insert(String(cut))
        }
        return phrases.sorted()
    }

    /// Inserts every scalar of `node` (keys too) into `strings`.
    private static func collect(_ node: Node, into strings: inout Set<String>) {
        switch node {
        case .scalar(let scalar): strings.insert(scalar.string)
        case .mapping(let mapping):
            for (key, value) in mapping {
                collect(key, into: &strings)
                collect(value, into: &strings)
            }
        case .sequence(let sequence):
            for item in sequence { collect(item, into: &strings) }
        case .alias: break
        }
    }
}
