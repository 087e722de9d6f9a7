import TactfulYAML

/// The pairs a substitution rule matches, final: its own pairs and then its glossary's, each form through the rule's
/// transform (pairs it makes alike left out), the `except:` forms left out and each form kept once (compared folded
/// unless the rule is case-sensitive). Worked out by one function for a run and for `tactful-embed`, which compiles
/// the lists of the built-in rules that read a built-in glossary: a run then copies two texts' bytes instead of making
/// strings of a glossary's pairs, folding, filtering and transforming them.
package struct SubstitutionPairs: Equatable, Sendable {
    /// The forms the rule finds, in order.
    package let wrong: TextTable
    /// What each is replaced with.
    package let right: TextTable

    /// The pairs' forms as tables, in order.
    package init(_ pairs: [GlossaryPair]) {
        (wrong, right) = (TextTable(pairs.map(\.wrong)), TextTable(pairs.map(\.right)))
    }

    private init(wrong: TextTable, right: TextTable) { (self.wrong, self.right) = (wrong, right) }

    /// The final pairs of a rule with the pairs `own` (written in the pack) and the glossary pairs `glossary`,
    /// transformed by `transform` (nil: none; returns nil when a form cannot be transformed, and so does this), without
    /// the forms of `except`. Empty when nothing is left.
    package static func list(
        own: [GlossaryPair], glossary: GlossaryPairs?, transform: ((String) -> String?)?, except: [String],
        caseSensitive: Bool
    ) -> [GlossaryPair]? {
        var pairs = own
        // Whether no two pairs can share a key (none to drop as repeated): known of a built-in glossary's pairs alone.
        var distinct = pairs.isEmpty
        if let glossary {
            pairs += glossary.pairs
            distinct = distinct && glossary.distinct
        }
        if let transform {
            var converted: [GlossaryPair] = []
            converted.reserveCapacity(pairs.count)
            for pair in pairs {
                guard let wrong = transform(pair.wrong), let right = transform(pair.right) else { return nil }
                if wrong != right { converted.append(GlossaryPair(wrong: wrong, right: right)) }
            }
            pairs = converted
            distinct = false
        }
        // Compared folded unless case-sensitive: a glossary's forms come folded (the built-in ones at build time).
        let key: (GlossaryPair) -> String = { caseSensitive ? $0.wrong : $0.folded }
        let excluded = Set(except.map { caseSensitive ? $0 : $0.lowercased() })
        if !excluded.isEmpty { pairs.removeAll { excluded.contains(key($0)) } }
        if !distinct {
            var seen: Set<String> = []
            pairs = pairs.filter { seen.insert(key($0)).inserted }
        }
        return pairs
    }

    /// What names the list of a rule that writes no pairs of its own and reads column `from` of the glossary at `path`
    /// as wrong and `to` as right, with the transform `transform` and the exceptions `except`: the key of its compiled
    /// form. Nil when a part holds a line break (the key's separator).
    package static func key(
        glossary path: String, from: String, to: String, transform: String?, except: [String], caseSensitive: Bool
    ) -> String? {
        let parts = [path, from, to, transform ?? "", caseSensitive ? "case-sensitive" : "folded"] + except
        guard !parts.contains(where: { $0.utf8.contains(0x0A) }) else { return nil }
        return parts.joined(separator: "\n")
    }

    /// The forms as two texts, each joined by U+001F; nil when there are none or a form holds a U+001F.
    package var encoded: (wrong: String, right: String)? {
        guard !wrong.isEmpty, !(Array(wrong) + Array(right)).contains(where: { $0.utf8.contains(0x1F) }) else {
            return nil
        }
        return (wrong.joined(separator: "\u{1F}"), right.joined(separator: "\u{1F}"))
    }

    /// The pairs of the two texts ``encoded`` writes, as UTF-8 bytes, copied once each; nil when their counts differ.
    package static func decode(wrong: UnsafeBufferPointer<UInt8>, right: UnsafeBufferPointer<UInt8>)
        -> SubstitutionPairs?
    {
        var (wrongTable, rightTable) = (TextTable(), TextTable())
        guard wrongTable.append(joined: wrong, separator: 0x1F) == rightTable.append(joined: right, separator: 0x1F)
        else { return nil }
        return SubstitutionPairs(wrong: wrongTable, right: rightTable)
    }

    /// The pairs of the two texts ``encoded`` writes; nil when their counts differ.
    package static func decode(wrong: String, right: String) -> SubstitutionPairs? {
        var (wrong, right) = (wrong, right)
        return wrong.withUTF8 { wrong in right.withUTF8 { decode(wrong: wrong, right: $0) } }
    }
}
