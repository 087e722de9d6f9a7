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

    /// States down to this depth get a complete ASCII row (``AutomatonMoves``). English text walks past six units
    /// often enough that searching children there cost more (instructions and cache misses) than the rows of the
    /// next two depths (some 2 MB more for en-US); deeper rows bought little.
    private static let denseDepth = 8
    private let moves: AutomatonMoves
    /// Outputs ending at each state (its own and its suffix states'), flattened: state `s` owns
    /// `outputs[outputStart[s]..<outputStart[s + 1]]`. Read only where a move's tags say there are some.
    private let outputStart: [Int32]
    private let outputs: [Output]

    /// A literal ending at a state: its payload and its length, side by side (one load a hit, where arrays of each
    /// cost a cache miss each).
    private struct Output {
        let payload: Int32
        let length: Int32
    }

    /// Builds the automaton; `payload` i is the index of `literals[i]`. Empty literals are ignored. A literal `i`
    /// with `atWordEndsOnly[i]` (missing: false) is wanted only where a word ends (``forEachHit(in:isWordEnd:_:)``).
    init(literals: FoldedPhrases, atWordEndsOnly: [Bool] = []) {
        let trie = PhraseTrie(literals: literals, shallowDepth: Self.denseDepth)
        moves = AutomatonMoves(trie: trie) { state in
            let ends = trie.ends[Int(trie.endStart[state])..<Int(trie.endStart[state + 1])]
            guard !ends.isEmpty else { return [] }
            let endWordsOnly = ends.allSatisfy { atWordEndsOnly.indices.contains(Int($0)) && atWordEndsOnly[Int($0)] }
            return endWordsOnly ? [.hasOutputs, .endWordsOnly] : .hasOutputs
        }
        (outputStart, outputs) = Self.outputs(trie, moves, literals)
    }

    /// The outputs ending at each state, flattened in state order: its own (in literal order), then those of its
    /// failure link's state (numbered before it, so done already).
    private static func outputs(_ trie: PhraseTrie, _ moves: AutomatonMoves, _ literals: FoldedPhrases)
        -> (start: [Int32], outputs: [Output])
    {
        let states = trie.incoming.count
        return trie.endStart.withUnsafeBufferPointer { endStart in
            let start = [Int32](unsafeUninitializedCapacity: states + 1) { start, count in
                start[0] = 0
                for state in 0..<states {
                    let link = moves.link(of: state)
                    let inherited = state == 0 ? 0 : start[link &+ 1] &- start[link]
                    start[state &+ 1] = start[state] &+ endStart[state &+ 1] &- endStart[state] &+ inherited
                }
                count = states + 1
            }
            let outputs = trie.ends.withUnsafeBufferPointer { ends in
                [Output](unsafeUninitializedCapacity: Int(start[states])) { outputs, count in
                    for state in 0..<states {
                        var at = Int(start[state])
                        for end in Int(endStart[state])..<Int(endStart[state + 1]) {
                            let literal = Int(ends[end])
                            outputs[at] = Output(
                                payload: ends[end], length: literals.ends[literal] &- literals.starts[literal])
                            at += 1
                        }
                        guard state != 0 else { continue }
                        let link = moves.link(of: state)
                        for index in Int(start[link])..<Int(start[link + 1]) {
                            outputs[at] = outputs[index]
                            at += 1
                        }
                    }
                    count = Int(start[states])
                }
            }
            return (start, outputs)
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
        let hasOutputs = AutomatonMoves.OutputTags.hasOutputs.rawValue
        let endWordsOnly = AutomatonMoves.OutputTags.endWordsOnly.rawValue
        units.withUnsafeBufferPointer { units in
            outputStart.withUnsafeBufferPointer { outputStart in
                outputs.withUnsafeBufferPointer { outputs in
                    for index in 0..<units.count {
                        let move = moves.next(state, units[index])
                        state = Int(move & AutomatonMoves.stateMask)
                        guard move & hasOutputs != 0 else { continue }
                        if move & endWordsOnly != 0, !isWordEnd(index &+ 1) { continue }
                        for position in Int(outputStart[state])..<Int(outputStart[state &+ 1]) {
                            let output = outputs[position]
                            body(
                                Hit(
                                    range: (index &+ 1 &- Int(output.length))..<(index &+ 1),
                                    payload: Int(output.payload)))
                        }
                    }
                }
            }
        }
    }
}
