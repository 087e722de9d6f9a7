import TactfulGlossaryPairs
import Yams

/// The pairs each built-in `kind: substitution` rule reads from a built-in glossary (`glossary:`, `from:`, `to:`),
/// read here from the table by the code a run reads a user's glossary with (``GlossaryPair/pairs(in:from:to:)``),
/// their wrong forms folded: a run decodes the pairs its market's rules read instead of parsing the CSV and
/// lower-casing every row. A table that does not read, or lacks a column, is left out, so a run reports it as before.
enum BuiltInGlossaryPairs {
    /// The encoded pairs (``GlossaryPairs/encoded()``, with whether their folded forms are distinct) keyed
    /// `path|from|to`, for the packs' YAML `packs` (the packs' texts) and the embedded files `texts` by path.
    static func tables(packs: [String], texts: [String: String]) -> [String: String] {
        var tables: [String: String] = [:]
        for pack in packs {
            guard let root = try? Yams.compose(yaml: pack, .basic), let rules = root["rules"]?.sequence else {
                continue
            }
            for rule in rules where rule["kind"]?.string == "substitution" {
                guard let path = rule["glossary"]?.string, let from = rule["from"]?.string,
                    let to = rule["to"]?.string, let text = texts[path]
                else { continue }
                let key = path + "|" + from + "|" + to
                guard tables[key] == nil,
                    let table = try? GlossaryTable.parse(text, path: path, columns: [from, to]),
                    let pairs = GlossaryPair.pairs(in: table, from: from, to: to),
                    let encoded = GlossaryPairs(checking: pairs).encoded()
                else { continue }
                tables[key] = encoded
            }
        }
        return tables
    }
}
