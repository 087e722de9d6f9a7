import TactfulPhraseFolding

/// An Aho–Corasick automaton over folded UTF-16 units: every literal of a market's rules is found in one pass.
///
/// Built without looking a state up or allocating per state: a breadth-first trie (``PhraseTrie``), then failure
/// links, ASCII rows (``AutomatonMoves``) and outputs each in one pass in state order. Outputs of suffix states are
/// merged at build time, so matching never walks output links.
struct PhraseAutomaton: Sendable {
    /// A literal ending at a text position.
    struct Hit: Equatable {
        /// Folded range of the match.
        let range: Range<Int>
        /// The payload given with the literal.
        let payload: Int
    }

    /// States down to this depth get a complete ASCII row (``AutomatonMoves``).
    private static let denseDepth = 6
    private let moves: AutomatonMoves
    /// Payloads ending at each state (its own and its suffix states'), flattened: state `s` owns
    /// `outputPayloads[outputStart[s]..<outputStart[s + 1]]`.
    private let outputStart: [Int32]
    private let outputPayloads: [Int32]
    /// The states with outputs: the scan reads this set at every unit, and `outputStart` only where there are hits.
    private let hasOutputs: StateBits
    /// The states all of whose outputs are wanted only where a word ends (most Latin phrases): skipped inside words.
    private let outputsEndWords: StateBits
    private let lengths: [Int]

    /// Builds the automaton; `payload` i is the index of `literals[i]`. Empty literals are ignored. A literal `i`
    /// with `atWordEndsOnly[i]` (missing: false) is wanted only where a word ends (``forEachHit(in:isWordEnd:_:)``).
    init(literals: FoldedPhrases, atWordEndsOnly: [Bool] = []) {
        lengths = zip(literals.starts, literals.ends).map { Int($1 - $0) }
        let trie = PhraseTrie(literals: literals, shallowDepth: Self.denseDepth)
        moves = AutomatonMoves(trie: trie)
        let (outputStart, outputPayloads) = Self.outputs(trie, moves)
        (self.outputStart, self.outputPayloads) = (outputStart, outputPayloads)
        let states = outputStart.count - 1
        hasOutputs = StateBits(count: states) { outputStart[$0] != outputStart[$0 + 1] }
        outputsEndWords = StateBits(count: states) { state in
            outputPayloads[Int(outputStart[state])..<Int(outputStart[state + 1])].allSatisfy {
                atWordEndsOnly.indices.contains(Int($0)) && atWordEndsOnly[Int($0)]
            }
        }
    }

    /// The payloads ending at each state, flattened in state order: its own (in literal order), then those of its
    /// failure link's state (numbered before it, so done already).
    private static func outputs(_ trie: PhraseTrie, _ moves: AutomatonMoves) -> (start: [Int32], payloads: [Int32]) {
        let states = trie.incoming.count, links = moves.links
        return trie.endStart.withUnsafeBufferPointer { endStart in
            let start = [Int32](unsafeUninitializedCapacity: states + 1) { start, count in
                start[0] = 0
                for state in 0..<states {
                    let link = Int(links[state])
                    let inherited = state == 0 ? 0 : start[link &+ 1] &- start[link]
                    start[state &+ 1] = start[state] &+ endStart[state &+ 1] &- endStart[state] &+ inherited
                }
                count = states + 1
            }
            let payloads = trie.ends.withUnsafeBufferPointer { ends in
                [Int32](unsafeUninitializedCapacity: Int(start[states])) { payloads, count in
                    for state in 0..<states {
                        var at = Int(start[state])
                        for end in Int(endStart[state])..<Int(endStart[state + 1]) {
                            payloads[at] = ends[end]
                            at += 1
                        }
                        guard state != 0 else { continue }
                        let link = Int(links[state])
                        for index in Int(start[link])..<Int(start[link + 1]) {
                            payloads[at] = payloads[index]
                            at += 1
                        }
                    }
                    count = Int(start[states])
                }
            }
            return (start, payloads)
        }
    }

    /// Every occurrence of every literal in `units`, overlapping ones included, in order of their end.
    func hits(in units: [UInt16]) -> [Hit] {
        var result: [Hit] = []
        forEachHit(in: units) { result.append($0) }
        return result
    }

    /// Calls `body` with every occurrence of every literal in `units`, in the order of ``hits(in:)``, without
    /// gathering them in an array first (a draft's literal hits are read once, as they are found). Occurrences of
    /// literals wanted only at word ends may be left out where `isWordEnd` (given the offset after the last unit)
    /// is false: where every literal ending there is such, none is reported; the others come in the same order.
    @inline(__always)
    func forEachHit(in units: [UInt16], isWordEnd: (Int) -> Bool = { _ in true }, _ body: (Hit) -> Void) {
        var state = 0
        outputStart.withUnsafeBufferPointer { outputStart in
            outputPayloads.withUnsafeBufferPointer { outputPayloads in
                lengths.withUnsafeBufferPointer { lengths in
                    for (index, unit) in units.enumerated() {
                        state = moves.next(state, unit)
                        guard hasOutputs.contains(state) else { continue }
                        if outputsEndWords.contains(state), !isWordEnd(index + 1) { continue }
                        for position in Int(outputStart[state])..<Int(outputStart[state + 1]) {
                            let payload = Int(outputPayloads[position])
                            body(Hit(range: (index + 1 - lengths[payload])..<(index + 1), payload: payload))
                        }
                    }
                }
            }
        }
    }
}
