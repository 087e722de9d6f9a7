/// Where a phrase automaton goes from a state on a unit, in flat buffers allocated once: the matching step, also
/// the step that sets the failure links while the automaton is built.
///
/// The root's moves are a dense table (the common case while scanning). Every state down to the trie's shallow depth
/// has a complete ASCII row (where scanning spends its time): its own child on the unit, else its failure link's
/// move (a DFA row: one load per unit, where walking links cost a cache miss per step). A shallow state's row is
/// found by its number, with no table between (a load and a cache miss fewer per unit); rows hold one column per
/// ASCII unit that some literal holds, and one shared by every other. Deeper states and other units search the
/// state's children (sorted and contiguous, ``PhraseTrie``) and follow failure links.
///
/// A move is *tagged*: besides the state it goes to (``stateMask``), it says whether that state has outputs and
/// whether all of them are wanted only where a word ends (``OutputTags``), so a scan learns both from the load that
/// gives the state, where looking them up in sets of their own cost two more loads (and cache misses) a unit.
final class AutomatonMoves: @unchecked Sendable {  // the buffers are written by `init` only
    /// The bits of a tagged move below the tags: the state moved to.
    static let stateMask: Int32 = OutputTags.endWordsOnly.rawValue - 1

    /// What a tagged move says about the outputs of the state it goes to.
    struct OutputTags: OptionSet {
        let rawValue: Int32
        /// The state has outputs (its own or its suffix states').
        static let hasOutputs = OutputTags(rawValue: 1 << 30)
        /// Every output of the state is wanted only where a word ends.
        static let endWordsOnly = OutputTags(rawValue: 1 << 29)
    }

    /// The root's tagged move on every UTF-16 unit (0: stay at the root).
    private let rootNext: UnsafeMutableBufferPointer<Int32>
    /// `firstChild[s]..<firstChild[s + 1]`: the children of state `s`, their units ascending in `incoming`.
    private let firstChild: UnsafeMutableBufferPointer<Int32>
    private let incoming: UnsafeMutableBufferPointer<UInt16>
    /// Each state's failure link: the state of its longest proper suffix that is a state (the root for none).
    private let fail: UnsafeMutableBufferPointer<Int32>
    /// Each state's number, tagged: what a move to it is.
    private let tagged: UnsafeMutableBufferPointer<Int32>
    /// The states below this number (the shallow ones, numbered first) have an ASCII row.
    private let shallowCount: Int
    /// Each ASCII unit's column in an ASCII row: each unit some literal holds has its own, from 1; every other unit
    /// shares column 0, where every move goes to the root (no state has a child on such a unit). Rows of a few dozen
    /// columns (folded literals hold no capitals), not 128, keep several times more of them in cache.
    private let asciiColumn: UnsafeMutableBufferPointer<UInt8>
    private let columnCount: Int
    /// The ASCII rows: entry `state * columnCount + asciiColumn[unit]` is shallow state `state`'s tagged move on
    /// `unit`.
    private let asciiNext: UnsafeMutableBufferPointer<Int32>

    /// The moves of `trie`: failure links set, tags given and ASCII rows filled in one breadth-first pass (a state's
    /// link, and every state its move reads, is shallower than the state, so done already). `ownTags(s)` tells the
    /// outputs of the literals ending at state `s` itself; a state's tags also tell those of its failure link's.
    init(trie: PhraseTrie, ownTags: (Int) -> OutputTags) {
        let states = trie.incoming.count, shallowCount = trie.shallowCount
        precondition(states <= Int(Self.stateMask), "too many automaton states to tag")
        let firstChild = UnsafeMutableBufferPointer<Int32>.allocate(capacity: states + 1)
        _ = firstChild.initialize(from: trie.firstChild)
        let incoming = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: states)
        _ = incoming.initialize(from: trie.incoming)
        let fail = UnsafeMutableBufferPointer<Int32>.allocate(capacity: states)
        fail.initialize(repeating: 0)
        let tagged = UnsafeMutableBufferPointer<Int32>.allocate(capacity: states)
        tagged[0] = 0  // the root has no outputs (empty literals are left out)
        for child in Self.children(of: 0, firstChild) {
            tagged[child] = Int32(truncatingIfNeeded: child) | Self.tags(own: ownTags(child), inherited: [])
        }
        let rootNext = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 65_536)
        rootNext.initialize(repeating: 0)
        for child in Self.children(of: 0, firstChild) { rootNext[Int(incoming[child])] = tagged[child] }
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
        (self.fail, self.tagged) = (fail, tagged)
        for state in 1..<states {
            let link = Int(fail[state]), children = Self.children(of: state, firstChild)
            for child in children {
                let move = next(link, incoming[child])
                fail[child] = move & Self.stateMask
                let inherited = OutputTags(rawValue: move & ~Self.stateMask)
                tagged[child] = Int32(truncatingIfNeeded: child) | Self.tags(own: ownTags(child), inherited: inherited)
            }
            guard state < shallowCount else { continue }
            let row = asciiNext.baseAddress! + state * columnCount
            row.update(from: asciiNext.baseAddress! + link * columnCount, count: columnCount)
            for child in children where incoming[child] < 128 {
                row[Int(asciiColumn[Int(incoming[child])])] = tagged[child]
            }
        }
    }

    deinit {
        for buffer in [rootNext, firstChild, fail, tagged, asciiNext] { buffer.deallocate() }
        incoming.deallocate()
        asciiColumn.deallocate()
    }

    /// The tag bits of a state whose own literals are tagged `own` and whose failure link's state is `inherited`:
    /// outputs when either has some, all wanted only at word ends when every one that has some says so.
    private static func tags(own: OutputTags, inherited: OutputTags) -> Int32 {
        let ownHas = own.contains(.hasOutputs), inheritedHas = inherited.contains(.hasOutputs)
        guard ownHas || inheritedHas else { return 0 }
        let endWordsOnly =
            (!ownHas || own.contains(.endWordsOnly)) && (!inheritedHas || inherited.contains(.endWordsOnly))
        return OutputTags.hasOutputs.rawValue | (endWordsOnly ? OutputTags.endWordsOnly.rawValue : 0)
    }

    /// Each state's failure link (valid while the moves are alive).
    var links: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(fail) }

    /// The tagged move from `state` on `unit`: to its child on the unit, else (failure links followed) to the
    /// deepest state whose phrase prefix ends the text read so far. The state is `move & stateMask`.
    @inline(__always) func next(_ state: Int, _ unit: UInt16) -> Int32 {
        var state = state
        while true {
            if state == 0 { return rootNext[Int(unit)] }
            if unit < 128, state < shallowCount {
                return asciiNext[state &* columnCount &+ Int(asciiColumn[Int(unit)])]
            }
            if let child = child(of: state, on: unit) { return tagged[child] }
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
