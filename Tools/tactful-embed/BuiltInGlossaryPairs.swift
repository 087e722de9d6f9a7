import TactfulGlossaryPairs
import TactfulICU
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

    /// The final pairs (``SubstitutionPairs/list(own:glossary:transform:except:caseSensitive:)``, as two texts) of each
    /// built-in substitution rule that writes no pairs of its own and reads a built-in glossary, keyed by
    /// ``SubstitutionPairs/key(glossary:from:to:transform:except:caseSensitive:)``: worked out here by the code a run
    /// works them out with, its transform run with ICU. A rule that sets `case-sensitive:` or writes an exception that is
    /// not a string, and a list that does not read or encode, is left out: a run works it out as before.
    static func substitutionLists(packs: [String], texts: [String: String]) -> [String: (wrong: String, right: String)]
    {
        var lists: [String: (wrong: String, right: String)] = [:]
        for pack in packs {
            guard let root = try? Yams.compose(yaml: pack, .basic), let rules = root["rules"]?.sequence else {
                continue
            }
            for rule in rules where rule["kind"]?.string == "substitution" {
                guard rule["pairs"] == nil, rule["case-sensitive"] == nil, rule["caseSensitive"] == nil,
                    let path = rule["glossary"]?.string, let from = rule["from"]?.string, let to = rule["to"]?.string,
                    let text = texts[path], let except = strings(rule["except"])
                else { continue }
                let transform = rule["transliterate"]?.string
                guard
                    let key = SubstitutionPairs.key(
                        glossary: path, from: from, to: to, transform: transform, except: except, caseSensitive: false),
                    lists[key] == nil,
                    let table = try? GlossaryTable.parse(text, path: path, columns: [from, to]),
                    let read = GlossaryPair.pairs(in: table, from: from, to: to)
                else { continue }
                let transliterator = transform.flatMap { try? ICU.Transliterator(id: $0) }
                guard transform == nil || transliterator != nil,
                    let pairs = SubstitutionPairs.list(
                        own: [], glossary: GlossaryPairs(checking: read),
                        transform: transliterator.map { transliterator in { try? transliterator.transform($0) } },
                        except: except, caseSensitive: false),
                    let encoded = SubstitutionPairs(pairs).encoded
                else { continue }
                lists[key] = encoded
            }
        }
        return lists
    }

    /// A node's strings as a rule's list key reads them (none when absent, a single string as a one-item list); nil
    /// when it holds anything else.
    private static func strings(_ node: Node?) -> [String]? {
        guard let node else { return [] }
        if let single = node.scalar { return [single.string] }
        guard let sequence = node.sequence else { return nil }
        let items = sequence.compactMap { $0.scalar?.string }
        return items.count == sequence.count ? items : nil
    }
}
