/// Where a phrase automaton goes from a state on a unit, in flat buffers allocated once: the matching step, also
/// the step that sets the failure links while the automaton is built.
///
/// The root's moves are a dense table (the common case while scanning). Every state down to the trie's shallow depth
/// has a complete ASCII row (where scanning spends its time): its own child on the unit, else its failure link's
/// move (a DFA row: one load per unit, where walking links cost a cache miss per step). A shallow state's row is
/// found by its number, with no table between (a load and a cache miss fewer per unit); rows hold one column per
/// ASCII unit that some literal holds, and one shared by every other. Deeper states and other units search the
/// state's children (sorted and contiguous, ``PhraseTrie``) and follow failure links.
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
    /// Each ASCII unit's column in an ASCII row: each unit some literal holds has its own, from 1; every other unit
    /// shares column 0, where every move goes to the root (no state has a child on such a unit). Rows of a few dozen
    /// columns (folded literals hold no capitals), not 128, keep several times more of them in cache.
    private let asciiColumn: UnsafeMutableBufferPointer<UInt8>
    private let columnCount: Int
    /// The ASCII rows: entry `state * columnCount + asciiColumn[unit]` is shallow state `state`'s move on `unit`.
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
        let asciiColumn = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 128)
        asciiColumn.initialize(repeating: 0)
        for state in 1..<states where incoming[state] < 128 { asciiColumn[Int(incoming[state])] = 1 }
        var columnCount = 1
        for unit in 0..<128 where asciiColumn[unit] != 0 {
            asciiColumn[unit] = UInt8(columnCount)
            columnCount += 1
        }
        let asciiNext = UnsafeMutableBufferPointer<Int32>.allocate(capacity: shallowCount * columnCount)
        asciiNext.initialize(repeating: 0)
        for unit in 0..<128 { asciiNext[Int(asciiColumn[unit])] = rootNext[unit] }  // row 0 is the root's
        (self.firstChild, self.incoming, self.rootNext, self.asciiNext) = (firstChild, incoming, rootNext, asciiNext)
        (self.asciiColumn, self.columnCount, self.shallowCount) = (asciiColumn, columnCount, shallowCount)
        fail = .allocate(capacity: states)
        fail.initialize(repeating: 0)
        for state in 1..<states {
            let link = Int(fail[state]), children = Self.children(of: state, firstChild)
            for child in children { fail[child] = Int32(truncatingIfNeeded: next(link, incoming[child])) }
            guard state < shallowCount else { continue }
            let row = asciiNext.baseAddress! + state * columnCount
            row.update(from: asciiNext.baseAddress! + link * columnCount, count: columnCount)
            for child in children where incoming[child] < 128 {
                row[Int(asciiColumn[Int(incoming[child])])] = Int32(child)
            }
        }
    }

    deinit {
        for buffer in [rootNext, firstChild, fail, asciiNext] { buffer.deallocate() }
        incoming.deallocate()
        asciiColumn.deallocate()
    }

    /// Each state's failure link (valid while the moves are alive).
    var links: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(fail) }

    /// The state after reading `unit` in `state`: its child on the unit, else (failure links followed) the
    /// deepest state whose phrase prefix ends the text read so far.
    @inline(__always) func next(_ state: Int, _ unit: UInt16) -> Int {
        var state = state
        while true {
            if state == 0 { return Int(rootNext[Int(unit)]) }
            if unit < 128, state < shallowCount {
                return Int(asciiNext[state &* columnCount &+ Int(asciiColumn[Int(unit)])])
            }
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
}
