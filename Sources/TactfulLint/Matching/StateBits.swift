/// A set of automaton states, one bit each: small enough to stay in cache while a text is scanned, where an array
/// of a word per state is not.
struct StateBits: Sendable {
    private var words: [UInt64]

    /// The states below `count` for which `isMember` is true.
    init(count: Int, where isMember: (Int) -> Bool) {
        var words = [UInt64](repeating: 0, count: count / 64 + 1)
        for state in 0..<count where isMember(state) { words[state &>> 6] |= 1 &<< UInt64(state & 63) }
        self.words = words
    }

    /// Whether `state` is in the set.
    @inline(__always) func contains(_ state: Int) -> Bool {
        words[state &>> 6] & (1 &<< UInt64(state & 63)) != 0
    }
}
