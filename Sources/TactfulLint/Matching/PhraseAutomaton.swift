/// An Aho–Corasick automaton over folded UTF-16 units: every literal of a market's rules is found in one pass.
///
/// Root transitions are a dense table (the common case while scanning); the ASCII transitions of shallow states
/// (where scanning spends its time) a complete row per state, failure links folded in (a DFA row: one load per
/// unit, where walking links cost a cache miss per step); the rest an open-addressed ``TransitionTable`` keyed by
/// state and unit.
/// Outputs of suffix states are merged at build time, so matching never walks output links.
struct PhraseAutomaton: Sendable {
    /// A literal ending at a text position.
    struct Hit: Equatable {
        /// Folded range of the match.
        let range: Range<Int>
        /// The payload given with the literal.
        let payload: Int
    }

    private var rootNext = [Int32](repeating: 0, count: 65_536)
    /// ASCII transitions of shallow states, `row * 128 + unit`: while building, 0 is none; once built, each row is
    /// complete (failure links followed) and 0 is the root.
    private var asciiNext: [Int32] = []
    /// Each state's row in `asciiNext`, or -1: states deeper than `denseDepth` have none (a row per state cost 512
    /// bytes for each of ~100,000 states of long phrases).
    private var asciiRow: [Int32] = [-1]
    private var depth: [UInt8] = [0]
    private static let denseDepth: UInt8 = 4
    private var next = TransitionTable()
    private var fail: [Int32] = [0]
    /// Payloads ending at each state (its own and its suffix states'), flattened: state `s` owns
    /// `outputPayloads[outputStart[s]..<outputStart[s + 1]]`.
    private var outputStart: [Int32] = []
    private var outputPayloads: [Int32] = []
    private var lengths: [Int] = []

    /// Builds the automaton; `payload` i is the index of `literals[i]`. Empty literals are ignored.
    ///
    /// The trie keeps each state's parent and incoming unit instead of child lists, and failure links are set in
    /// order of depth (a state's link is shallower than the state): no allocation per state.
    init(literals: [[UInt16]]) {
        lengths = literals.map { $0.count }  // a key path here cost 700 instructions a literal
        var parent: [Int32] = [0], incoming: [UInt16] = [0], levels: [Int32] = [0]
        var ends: [(state: Int32, payload: Int32)] = []
        for (payload, literal) in literals.enumerated() where !literal.isEmpty {
            var state: Int32 = 0
            for unit in literal {
                if let child = transition(state, unit) {
                    state = child
                } else {
                    let created = Int32(fail.count)
                    fail.append(0)
                    asciiRow.append(-1)
                    depth.append(depth[Int(state)] &+ (depth[Int(state)] == 255 ? 0 : 1))
                    parent.append(state)
                    incoming.append(unit)
                    levels.append(levels[Int(state)] + 1)
                    setTransition(state, unit, created)
                    state = created
                }
            }
            ends.append((state, Int32(payload)))
        }
        let order = Self.byLevel(levels)
        for child in order.dropFirst() {
            let state = parent[Int(child)], unit = incoming[Int(child)]
            guard state != 0 else { continue }  // a root child's link is the root
            var link = fail[Int(state)]
            while transition(link, unit) == nil, link != 0 { link = fail[Int(link)] }
            let target = transition(link, unit) ?? 0
            fail[Int(child)] = target == child ? 0 : target
        }
        (outputStart, outputPayloads) = Self.outputs(ends, order: order, fail: fail)
        completeShallowRows(order: order)
    }

    /// Gives every state down to `denseDepth` an ASCII row holding, for each ASCII unit, where matching goes
    /// next: its own transition, else its failure link's (complete already: links are shallower, and states are
    /// visited by depth), else the root's. Scanning then never walks failure links from a shallow state.
    private mutating func completeShallowRows(order: [Int32]) {
        var rows: [Int32] = []  // the states to complete, in depth order (a link's row is completed before its state's)
        for state in order.dropFirst() where depth[Int(state)] <= Self.denseDepth {
            if asciiRow[Int(state)] < 0 {
                asciiRow[Int(state)] = Int32(asciiNext.count / 128)
                asciiNext.append(contentsOf: repeatElement(0, count: 128))
            }
            rows.append(state)
        }
        let (fail, asciiRow, rootNext) = (fail, asciiRow, rootNext)
        asciiNext.withUnsafeMutableBufferPointer { next in
            for state in rows {
                let row = Int(asciiRow[Int(state)]) &* 128, link = Int(fail[Int(state)])
                for unit in 0..<128 where next[row &+ unit] == 0 {
                    next[row &+ unit] = link == 0 ? rootNext[unit] : next[Int(asciiRow[link]) &* 128 &+ unit]
                }
            }
        }
    }

    /// State ids sorted by depth (a counting sort; ids within a depth stay in creation order).
    private static func byLevel(_ levels: [Int32]) -> [Int32] {
        let deepest = Int(levels.max() ?? 0)
        var start = [Int](repeating: 0, count: deepest + 2)
        for level in levels { start[Int(level) + 1] += 1 }
        for level in 0..<(deepest + 1) { start[level + 1] += start[level] }
        var order = [Int32](repeating: 0, count: levels.count)
        for (state, level) in levels.enumerated() {
            order[start[Int(level)]] = Int32(state)
            start[Int(level)] += 1
        }
        return order
    }

    /// The payloads ending at each state, flattened in state order: its own (in literal order), then those of its
    /// failure link's state, so that matching never walks links.
    private static func outputs(_ ends: [(state: Int32, payload: Int32)], order: [Int32], fail: [Int32])
        -> (start: [Int32], payloads: [Int32])
    {
        let states = fail.count
        var ownStart = [Int](repeating: 0, count: states + 1)
        for end in ends { ownStart[Int(end.state) + 1] += 1 }
        for state in 0..<states { ownStart[state + 1] += ownStart[state] }
        var own = [Int32](repeating: 0, count: ends.count)
        var fill = ownStart
        for end in ends {
            own[fill[Int(end.state)]] = end.payload
            fill[Int(end.state)] += 1
        }
        var total = [Int](repeating: 0, count: states)
        for state in order {
            let count = ownStart[Int(state) + 1] - ownStart[Int(state)]
            total[Int(state)] = count + (state == 0 ? 0 : total[Int(fail[Int(state)])])
        }
        var start = [Int32](repeating: 0, count: states + 1)
        for state in 0..<states { start[state + 1] = start[state] + Int32(total[state]) }
        var payloads = [Int32](repeating: 0, count: Int(start[states]))
        for state in order {
            var at = Int(start[Int(state)])
            for index in ownStart[Int(state)]..<ownStart[Int(state) + 1] {
                payloads[at] = own[index]
                at += 1
            }
            guard state != 0 else { continue }
            let link = Int(fail[Int(state)])
            for index in Int(start[link])..<Int(start[link + 1]) {
                payloads[at] = payloads[index]
                at += 1
            }
        }
        return (start, payloads)
    }

    /// Every occurrence of every literal in `units`, overlapping ones included, in order of their end.
    func hits(in units: [UInt16]) -> [Hit] {
        var result: [Hit] = []
        var state = 0
        rootNext.withUnsafeBufferPointer { rootNext in
            asciiNext.withUnsafeBufferPointer { asciiNext in
                asciiRow.withUnsafeBufferPointer { asciiRow in
                    depth.withUnsafeBufferPointer { depth in
                        fail.withUnsafeBufferPointer { fail in
                            outputStart.withUnsafeBufferPointer { outputStart in
                                outputPayloads.withUnsafeBufferPointer { outputPayloads in
                                    units.withUnsafeBufferPointer { units in
                                        for (index, unit) in units.enumerated() {
                                            // A shallow state's ASCII row is complete (0: back to the root); elsewhere a missing
                                            // transition follows failure links until a state has one or is shallow.
                                            while true {
                                                if state == 0 { state = Int(rootNext[Int(unit)]); break }
                                                if unit < 128, depth[state] <= Self.denseDepth {
                                                    state = Int(asciiNext[Int(asciiRow[state]) &* 128 &+ Int(unit)])
                                                    break
                                                }
                                                if let moved = next.target(Int32(truncatingIfNeeded: state), unit) {
                                                    state = Int(moved); break
                                                }
                                                state = Int(fail[state])
                                            }
                                            let first = Int(outputStart[state]), last = Int(outputStart[state + 1])
                                            for position in first..<last {
                                                let payload = Int(outputPayloads[position])
                                                result.append(
                                                    Hit(
                                                        range: (index + 1 - lengths[payload])..<(index + 1),
                                                        payload: payload))
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    private func transition(_ state: Int32, _ unit: UInt16) -> Int32? {
        if state == 0 {
            let target = rootNext[Int(unit)]
            return target == 0 ? nil : target
        }
        if unit < 128, depth[Int(state)] <= Self.denseDepth {
            let row = asciiRow[Int(state)]
            guard row >= 0 else { return nil }
            let target = asciiNext[Int(row) &* 128 &+ Int(unit)]
            return target == 0 ? nil : target
        }
        return next.target(state, unit)
    }

    private mutating func setTransition(_ state: Int32, _ unit: UInt16, _ target: Int32) {
        if state == 0 {
            rootNext[Int(unit)] = target
        } else if unit < 128, depth[Int(state)] <= Self.denseDepth {
            if asciiRow[Int(state)] < 0 {
                asciiRow[Int(state)] = Int32(asciiNext.count / 128)
                asciiNext.append(contentsOf: repeatElement(0, count: 128))
            }
            asciiNext[Int(asciiRow[Int(state)]) * 128 + Int(unit)] = target
        } else {
            next.set(state, unit, target)
        }
    }
}
