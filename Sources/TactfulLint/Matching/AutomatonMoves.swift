/// Where a phrase automaton goes from a state on a unit, in flat buffers allocated once: the matching step, also
/// the step that sets the failure links while the automaton is built.
///
/// The root's moves are a dense table (the common case while scanning). Every state down to the trie's shallow depth
/// has a complete ASCII row (where scanning spends its time): its own child on the unit, else its failure link's
/// move (a DFA row: one load per unit, where walking links cost a cache miss per step). A shallow state's row is
/// found by its number, with no table between (a load and a cache miss fewer per unit); rows hold one column per
/// ASCII unit that some literal holds, and one shared by every other. Deeper states and other units read the state's
/// ``Node``: its first child's unit, then a search of its other children (sorted and contiguous, ``PhraseTrie``),
/// then its failure link.
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

    /// What a move from a state reads beyond its ASCII row, in one 16-byte record: a step past the shallow depth
    /// (a common phrase's tail, "thank you for your p…") reads one record where four arrays (children, their units,
    /// tags, failure links) cost two dependent cache misses, and most such states have one child, told by a compare.
    private struct Node {
        /// The state's own number, tagged: what a move to it is.
        var tagged: Int32 = 0
        /// The state's failure link: the state of its longest proper suffix that is a state (the root for none).
        var fail: Int32 = 0
        /// `firstChild..<firstChild + childCount`: the state's children, their units ascending in `incoming`.
        var firstChild: Int32 = 0
        var childCount: UInt16 = 0
        /// The unit of the first child (0 without children, when `childCount` says there is none).
        var firstUnit: UInt16 = 0
    }

    /// The root's tagged move on every UTF-16 unit (0: stay at the root).
    private let rootNext: UnsafeMutableBufferPointer<Int32>
    /// Each state's ``Node``.
    private let nodes: UnsafeMutableBufferPointer<Node>
    /// The unit leading into each state.
    private let incoming: UnsafeMutableBufferPointer<UInt16>
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
        let incoming = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: states)
        _ = incoming.initialize(from: trie.incoming)
        let nodes = UnsafeMutableBufferPointer<Node>.allocate(capacity: states)
        nodes.initialize(repeating: Node())
        for state in 0..<states {
            let children = Self.children(of: state, trie.firstChild)
            precondition(state == 0 || children.count <= Int(UInt16.max), "too many children of an automaton state")
            nodes[state].firstChild = Int32(truncatingIfNeeded: children.lowerBound)
            nodes[state].childCount = UInt16(truncatingIfNeeded: children.count)
            nodes[state].firstUnit = children.isEmpty ? 0 : incoming[children.lowerBound]
        }
        for child in Self.children(of: 0, trie.firstChild) {
            nodes[child].tagged = Int32(truncatingIfNeeded: child) | Self.tags(own: ownTags(child), inherited: [])
        }
        let rootNext = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 65_536)
        rootNext.initialize(repeating: 0)
        for child in Self.children(of: 0, trie.firstChild) { rootNext[Int(incoming[child])] = nodes[child].tagged }
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
        (self.nodes, self.incoming, self.rootNext, self.asciiNext) = (nodes, incoming, rootNext, asciiNext)
        (self.asciiColumn, self.columnCount, self.shallowCount) = (asciiColumn, columnCount, shallowCount)
        for state in 1..<states {
            let link = Int(nodes[state].fail), children = Self.children(of: state, trie.firstChild)
            for child in children {
                let move = next(link, incoming[child])
                nodes[child].fail = move & Self.stateMask
                let inherited = OutputTags(rawValue: move & ~Self.stateMask)
                nodes[child].tagged =
                    Int32(truncatingIfNeeded: child) | Self.tags(own: ownTags(child), inherited: inherited)
            }
            guard state < shallowCount else { continue }
            let row = asciiNext.baseAddress! + state * columnCount
            row.update(from: asciiNext.baseAddress! + link * columnCount, count: columnCount)
            for child in children where incoming[child] < 128 {
                row[Int(asciiColumn[Int(incoming[child])])] = nodes[child].tagged
            }
        }
    }

    deinit {
        for buffer in [rootNext, asciiNext] { buffer.deallocate() }
        nodes.deallocate()
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

    /// The failure link of `state` (``Node/fail``).
    func link(of state: Int) -> Int { Int(nodes[state].fail) }

    /// The tagged move from `state` on `unit`: to its child on the unit, else (failure links followed) to the
    /// deepest state whose phrase prefix ends the text read so far. The state is `move & stateMask`.
    @inline(__always) func next(_ state: Int, _ unit: UInt16) -> Int32 {
        var state = state
        while true {
            if state == 0 { return rootNext[Int(unit)] }
            if unit < 128, state < shallowCount {
                return asciiNext[state &* columnCount &+ Int(asciiColumn[Int(unit)])]
            }
            let node = nodes[state]
            if node.firstUnit == unit, node.childCount != 0 { return nodes[Int(node.firstChild)].tagged }
            if node.childCount > 1, let child = laterChild(of: node, on: unit) { return nodes[child].tagged }
            state = Int(node.fail)
        }
    }

    /// The child of a state, other than its first, on `unit` (a binary search of its sorted children), or nil when
    /// there is none.
    private func laterChild(of node: Node, on unit: UInt16) -> Int? {
        var low = Int(node.firstChild) &+ 1, high = Int(node.firstChild) &+ Int(node.childCount)
        while low < high {
            let middle = (low &+ high) / 2
            let found = incoming[middle]
            if found == unit { return middle }
            if found < unit { low = middle &+ 1 } else { high = middle }
        }
        return nil
    }

    /// The children of `state` in a trie (``PhraseTrie/firstChild``).
    private static func children(of state: Int, _ firstChild: [Int32]) -> Range<Int> {
        Int(firstChild[state])..<Int(firstChild[state &+ 1])
    }
}
