import TactfulYAML

/// The pairs a rule reads from two columns of one glossary (``GlossaryPair/pairs(in:from:to:)``), and whether their
/// folded forms are all different: then a rule that adds no pairs of its own has none to drop as repeated, and hashes
/// none of them to find out (most built-in glossaries; hashing an accented word normalises it).
package struct GlossaryPairs: Equatable, Sendable {
    /// The pairs in row order.
    package let pairs: [GlossaryPair]
    /// No two pairs have the same folded form (hence nor the same wrong one); false when not worked out.
    package let distinct: Bool

    /// The pairs, with `distinct` as known.
    package init(_ pairs: [GlossaryPair], distinct: Bool) {
        self.pairs = pairs
        self.distinct = distinct
    }

    /// The pairs with whether their folded forms are all different worked out now.
    package init(checking pairs: [GlossaryPair]) {
        self.init(pairs, distinct: Set(pairs.map(\.folded)).count == pairs.count)
    }

    /// The pairs as one text: a first line `distinct` or `repeated`, then a line each of tab-separated fields,
    /// `wrong right`, or `wrong right folded` when the folded form differs from the wrong one; nil when a field holds
    /// a tab, a line feed or a carriage return.
    package func encoded() -> String? {
        let fields = pairs.flatMap { [$0.wrong, $0.right, $0.folded] }
        guard !fields.contains(where: { $0.utf8.contains { [0x09, 0x0A, 0x0D].contains($0) } }) else { return nil }
        let lines = pairs.map { pair in
            ([pair.wrong, pair.right] + (pair.folded == pair.wrong ? [] : [pair.folded])).joined(separator: "\t")
        }
        return ([distinct ? "distinct" : "repeated"] + lines).joined(separator: "\n")
    }

    /// The pairs of an ``encoded()`` text; nil when it is malformed.
    package static func decode(_ text: String) -> GlossaryPairs? {
        var text = text
        return text.withUTF8 { bytes in
            var pairs: [GlossaryPair] = []
            var distinct: Bool?
            let complete = EncodedLine.read(bytes) { line in
                if distinct == nil {
                    guard line.count == 1, ["distinct", "repeated"].contains(line.string(0)) else { return false }
                    distinct = line.string(0) == "distinct"
                    return true
                }
                guard line.count == 2 || line.count == 3 else { return false }
                let wrong = line.string(0)
                let folded = line.count == 3 ? line.string(2) : wrong
                pairs.append(GlossaryPair(wrong: wrong, right: line.string(1), folded: folded))
                return true
            }
            guard complete, let distinct else { return nil }
            return GlossaryPairs(pairs, distinct: distinct)
        }
    }
}
