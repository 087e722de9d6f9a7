/// A draft's literal hits, grouped by rule: only the rules with hits hold an array, kept in rule order (a market has
/// dozens of rules and a draft hits a few), so that nothing made per draft grows with the number of rules.
struct RuleHits {
    /// The rules with hits, ascending, each with its hits in the order they were added.
    private var groups: [(rule: Int, hits: [LiteralHit])] = []

    /// Adds `hit` of rule `rule` after the rule's hits so far. Arrays start with room for a reply's worth (a draft
    /// hits a handful of rules, a few of them dozens of times): grown one by one from empty, they were reallocated
    /// several times a draft.
    mutating func append(_ hit: LiteralHit, of rule: Int) {
        let index = position(of: rule)
        if index < groups.count, groups[index].rule == rule {
            groups[index].hits.append(hit)
        } else {
            if groups.isEmpty { groups.reserveCapacity(16) }
            var hits: [LiteralHit] = []
            hits.reserveCapacity(16)
            hits.append(hit)
            groups.insert((rule, hits), at: index)
        }
    }

    /// Calls `body` with each rule index below `count`, in order, and the rule's hits in the order they were added
    /// (empty for a rule without).
    func forEachRule(below count: Int, _ body: (_ rule: Int, _ hits: [LiteralHit]) -> Void) {
        var next = 0
        for rule in 0..<count {
            if next < groups.count, groups[next].rule == rule {
                body(rule, groups[next].hits)
                next += 1
            } else {
                body(rule, [])
            }
        }
    }

    /// The index of the first group whose rule is not below `rule` (a binary search).
    private func position(of rule: Int) -> Int {
        var low = 0, high = groups.count
        while low < high {
            let middle = (low + high) / 2
            if groups[middle].rule < rule { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
