/// A draft's literal hits, grouped by rule: gathered in one array as the automaton finds them, then handed out rule
/// by rule, each rule's in the order they were added, in arrays of their exact size (a market has dozens of rules
/// and a draft hits a few of them, some dozens of times). Grouping them as they came, in an array per rule grown
/// from room for 16, reallocated such arrays five to nine times a draft.
struct RuleHits {
    /// Every hit in the order added, with its rule.
    private var hits: [(rule: Int32, hit: LiteralHit)] = []

    /// Adds `hit` of rule `rule` after the rule's hits so far. The first makes room for a reply's worth (from room
    /// for 128 the array grew 1.8 times a draft, en-US); a draft without a rule's hit (a rule set without rules, the
    /// benchmark's floor) allocates nothing.
    mutating func append(_ hit: LiteralHit, of rule: Int) {
        if hits.isEmpty { hits.reserveCapacity(256) }
        hits.append((Int32(truncatingIfNeeded: rule), hit))
    }

    /// Calls `body` with each rule index below `count`, in order, and the rule's hits in the order they were added
    /// (empty for a rule without). The counting sort runs on buffers, and a rule without hits is handed one empty
    /// array: through the arrays, each hit paid a uniqueness check and each rule an empty array's retain and release
    /// (a market has dozens of rules, a draft hits a few).
    func forEachRule(below count: Int, _ body: (_ rule: Int, _ hits: [LiteralHit]) -> Void) {
        let none: [LiteralHit] = []
        guard !hits.isEmpty, count > 0 else {
            for rule in 0..<count { body(rule, none) }
            return
        }
        // A stable counting sort by rule: how many hits each rule has, summed up to where each rule's hits end, then
        // every hit, last first, put just before the end of its rule's so far. After it, rule `r`'s hits are
        // `sorted[starts[r]..<starts[r + 1]]`.
        var starts = [Int].filled(0, count: count + 1)
        var sorted = [LiteralHit].filled(LiteralHit(range: 0..<0, literal: 0), count: hits.count)
        starts.withUnsafeMutableBufferPointer { starts in
            hits.withUnsafeBufferPointer { hits in
                sorted.withUnsafeMutableBufferPointer { sorted in
                    for entry in hits where entry.rule < count { starts[Int(entry.rule)] &+= 1 }
                    for rule in 1...count { starts[rule] &+= starts[rule &- 1] }
                    for entry in hits.reversed() where entry.rule < count {
                        starts[Int(entry.rule)] &-= 1
                        sorted[starts[Int(entry.rule)]] = entry.hit
                    }
                }
            }
        }
        for rule in 0..<count {
            let start = starts[rule], end = starts[rule &+ 1]
            if start == end {
                body(rule, none)
            } else {
                body(rule, Array(sorted[start..<end]))
            }
        }
    }
}
