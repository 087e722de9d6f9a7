/// Where a phrase automaton goes from a state on a unit, in flat buffers allocated once: the matching step, also
/// the step that sets the failure links while the automaton is built.
///
/// The root's moves are a dense table (the common case while scanning). Every state down to the trie's shallow depth
/// has a complete ASCII row (where scanning spends its time): its own child on the unit, else its failure link's
/// move (a DFA row: one load per unit, where walking links cost a cache miss per step); a state without an ASCII
/// child shares its link's row. Deeper states and other units search the state's children (sorted and contiguous,
/// ``PhraseTrie``) and follow failure links.
final class AutomatonMoves: @unchecked Sendable {  // the buffers are written by `init` only
    /// The root's move on every UTF-16 unit (0: stay at the root).
    private let rootNext: UnsafeMutableBufferPointer<Int32>
    /// `firstChild[s]..<firstChild[s + 1]`: the children of state `s`, their units ascending in `incoming`.
    private let firstChild: UnsafeMutableBufferPointer<Int32>
    private let incoming: UnsafeMutableBufferPointer<UInt16>
    /// Each state's failure link: the state of its longest proper suffix that is a state (the root for none).
    private let fail: UnsafeMutableBufferPointer<Int32>
    /// The states below this number (the shallow ones, numbered first) have an ASCII row.
    private let shallowCount: Int
    /// Each shallow state's row in `asciiNext`, whose entry `row * 128 + unit` is the state's move on `unit`.
    private let asciiRow: UnsafeMutableBufferPointer<Int32>
    private let asciiNext: UnsafeMutableBufferPointer<Int32>

    /// The moves of `trie`: failure links set and ASCII rows filled in one breadth-first pass (a state's link, and
    /// every state its move reads, is shallower than the state, so done already).
    init(trie: PhraseTrie) {
        let states = trie.incoming.count, shallowCount = trie.shallowCount
        let firstChild = UnsafeMutableBufferPointer<Int32>.allocate(capacity: states + 1)
        _ = firstChild.initialize(from: trie.firstChild)
        let incoming = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: states)
        _ = incoming.initialize(from: trie.incoming)
        let rootNext = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 65_536)
        rootNext.initialize(repeating: 0)
        for child in Self.children(of: 0, firstChild) { rootNext[Int(incoming[child])] = Int32(child) }
        let rows = 1 + (1..<shallowCount).count { Self.hasASCIIChild($0, firstChild, incoming) }
        let asciiNext = UnsafeMutableBufferPointer<Int32>.allocate(capacity: rows * 128)
        asciiNext.baseAddress!.initialize(from: rootNext.baseAddress!, count: 128)  // row 0 is the root's
        (self.firstChild, self.incoming, self.rootNext, self.asciiNext) = (firstChild, incoming, rootNext, asciiNext)
        self.shallowCount = shallowCount
        fail = .allocate(capacity: states)
        fail.initialize(repeating: 0)
        asciiRow = .allocate(capacity: shallowCount)
        asciiRow.initialize(repeating: 0)
        var nextRow = 1
        for state in 1..<states {
            let link = Int(fail[state]), children = Self.children(of: state, firstChild)
            for child in children { fail[child] = Int32(truncatingIfNeeded: next(link, incoming[child])) }
            guard state < shallowCount else { continue }
            guard Self.hasASCIIChild(state, firstChild, incoming) else {
                asciiRow[state] = asciiRow[link]
                continue
            }
            let row = asciiNext.baseAddress! + nextRow * 128
            row.initialize(from: asciiNext.baseAddress! + Int(asciiRow[link]) * 128, count: 128)
            for child in children where incoming[child] < 128 { row[Int(incoming[child])] = Int32(child) }
            asciiRow[state] = Int32(nextRow)
            nextRow += 1
        }
    }

    deinit {
        for buffer in [rootNext, firstChild, fail, asciiRow, asciiNext] { buffer.deallocate() }
        incoming.deallocate()
    }

    /// Each state's failure link (valid while the moves are alive).
    var links: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(fail) }

    /// The state after reading `unit` in `state`: its child on the unit, else (failure links followed) the
    /// deepest state whose phrase prefix ends the text read so far.
    @inline(__always) func next(_ state: Int, _ unit: UInt16) -> Int {
        var state = state
        while true {
            if state == 0 { return Int(rootNext[Int(unit)]) }
            if unit < 128, state < shallowCount { return Int(asciiNext[Int(asciiRow[state]) &* 128 &+ Int(unit)]) }
            if let child = child(of: state, on: unit) { return child }
            state = Int(fail[state])
        }
    }

    /// The child of `state` on `unit` (a binary search of its sorted children), or nil when there is none.
    private func child(of state: Int, on unit: UInt16) -> Int? {
        let children = Self.children(of: state, firstChild)
        var low = children.lowerBound, high = children.upperBound
        while low < high {
            let middle = (low + high) / 2
            let found = incoming[middle]
            if found == unit { return middle }
            if found < unit { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// The children of `state` (``PhraseTrie/firstChild``).
    private static func children(of state: Int, _ firstChild: UnsafeMutableBufferPointer<Int32>) -> Range<Int> {
        Int(firstChild[state])..<Int(firstChild[state &+ 1])
    }

    /// Whether `state` has a child on an ASCII unit (its children's units ascend: the first one tells).
    private static func hasASCIIChild(
        _ state: Int, _ firstChild: UnsafeMutableBufferPointer<Int32>, _ incoming: UnsafeMutableBufferPointer<UInt16>
    ) -> Bool {
        let children = children(of: state, firstChild)
        return !children.isEmpty && incoming[children.lowerBound] < 128
    }
}
