/// An Aho–Corasick automaton over folded UTF-16 units: every literal of a market's rules is found in one pass.
///
/// Root transitions are a dense table (the common case while scanning); the ASCII transitions of shallow states
/// (where scanning spends its time) a dense row per state that has any; the rest a hash keyed by state and unit.
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
    /// ASCII transitions of shallow states, `row * 128 + unit` (0: none): the common case, without hashing.
    private var asciiNext: [Int32] = []
    /// Each state's row in `asciiNext`, or -1: states deeper than `denseDepth` and states without an ASCII child
    /// have none (a row per state cost 512 bytes for each of ~100,000 states of long phrases).
    private var asciiRow: [Int32] = [-1]
    private var depth: [UInt8] = [0]
    private static let denseDepth: UInt8 = 4
    private var next: [UInt64: Int32] = [:]
    private var fail: [Int32] = [0]
    /// Payloads ending at each state (its own and its suffix states'), flattened: state `s` owns
    /// `outputPayloads[outputStart[s]..<outputStart[s + 1]]`.
    private var outputStart: [Int32] = []
    private var outputPayloads: [Int32] = []
    private var lengths: [Int] = []

    /// Builds the automaton; `payload` i is the index of `literals[i]`. Empty literals are ignored.
    init(literals: [[UInt16]]) {
        lengths = literals.map(\.count)
        var children: [[(UInt16, Int32)]] = [[]]
        var outputs: [[Int32]] = [[]]
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
                    outputs.append([])
                    children.append([])
                    setTransition(state, unit, created)
                    children[Int(state)].append((unit, created))
                    state = created
                }
            }
            outputs[Int(state)].append(Int32(payload))
        }
        var queue = children[0].map(\.1)
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (unit, child) in children[Int(state)] {
                var link = fail[Int(state)]
                while state != 0, transition(link, unit) == nil, link != 0 { link = fail[Int(link)] }
                let target = state == 0 ? 0 : (transition(link, unit) ?? 0)
                fail[Int(child)] = target == child ? 0 : target
                outputs[Int(child)] += outputs[Int(fail[Int(child)])]
                queue.append(child)
            }
        }
        for payloads in outputs {
            outputStart.append(Int32(outputPayloads.count))
            outputPayloads += payloads
        }
        outputStart.append(Int32(outputPayloads.count))
    }

    /// Every occurrence of every literal in `units`, overlapping ones included, in order of their end.
    func hits(in units: [UInt16]) -> [Hit] {
        var result: [Hit] = []
        var state: Int32 = 0
        outputStart.withUnsafeBufferPointer { outputStart in
            units.withUnsafeBufferPointer { units in
                for (index, unit) in units.enumerated() {
                    while true {
                        if let moved = transition(state, unit) { state = moved; break }
                        if state == 0 { break }
                        state = fail[Int(state)]
                    }
                    let first = Int(outputStart[Int(state)]), last = Int(outputStart[Int(state) + 1])
                    for position in first..<last {
                        let payload = Int(outputPayloads[position])
                        result.append(Hit(range: (index + 1 - lengths[payload])..<(index + 1), payload: payload))
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
        return next[UInt64(state) << 16 | UInt64(unit)]
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
            next[UInt64(state) << 16 | UInt64(unit)] = target
        }
    }
}
