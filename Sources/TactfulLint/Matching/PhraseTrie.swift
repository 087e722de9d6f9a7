import TactfulPhraseFolding

/// The trie of a phrase automaton's literals, its states numbered breadth-first, built one depth at a time without
/// looking a state up: the literals through a state are grouped by their next unit (a sort of integer keys, a step
/// of a most-significant-unit-first radix sort), and each group is a new child state.
///
/// Breadth-first numbering puts a state's children next to each other in ascending unit order, and the children of
/// consecutive states one after the other, so state `s`'s children are `firstChild[s]..<firstChild[s + 1]` and a
/// state's failure link (always shallower) has a smaller number than the state.
struct PhraseTrie {
    /// `firstChild[s]..<firstChild[s + 1]`: the children of state `s` (one extra entry closes the last state's).
    let firstChild: [Int32]
    /// The unit leading into each state (0 for the root, state 0).
    let incoming: [UInt16]
    /// `endStart[s]..<endStart[s + 1]`: the indexes in `ends` of the literals ending at state `s`.
    let endStart: [Int32]
    /// The indexes of the literals ending at each state, state by state, in literal order.
    let ends: [Int32]
    /// The number of states no deeper than the `shallowDepth` given (the first ones, numbered breadth-first).
    let shallowCount: Int

    /// The trie of `literals` (empty ones are left out); `shallowDepth` sets ``shallowCount``.
    init(literals: FoldedPhrases, shallowDepth: Int) {
        self = literals.units.withUnsafeBufferPointer { units in
            literals.starts.withUnsafeBufferPointer { starts in
                literals.ends.withUnsafeBufferPointer { ends in
                    Self(units: units, starts: starts, ends: ends, shallowDepth: shallowDepth)
                }
            }
        }
    }

    /// The trie of the literals `units[starts[i]..<ends[i]]`.
    private init(
        units: UnsafeBufferPointer<UInt16>, starts literalStarts: UnsafeBufferPointer<Int32>,
        ends literalEnds: UnsafeBufferPointer<Int32>, shallowDepth: Int
    ) {
        let stateCapacity = units.count + 1, literalCount = literalStarts.count
        // Buffers sized for the most a trie of these literals can need: no growing, no checks per append.
        let firstChild = UnsafeMutableBufferPointer<Int32>.allocate(capacity: stateCapacity + 1)
        let incoming = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: stateCapacity)
        let endStart = UnsafeMutableBufferPointer<Int32>.allocate(capacity: stateCapacity + 1)
        let ends = UnsafeMutableBufferPointer<Int32>.allocate(capacity: literalCount)
        let keys = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: literalCount)
        let scratch = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: literalCount)
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: 512)
        counts.initialize(repeating: 0)
        // The literals through each state of the current depth, grouped by state: group g is
        // members[groupStart[g]..<groupStart[g + 1]], in literal order; the next depth's are built beside them.
        var members = UnsafeMutableBufferPointer<Int32>.allocate(capacity: literalCount)
        var nextMembers = UnsafeMutableBufferPointer<Int32>.allocate(capacity: literalCount)
        var groupStart = UnsafeMutableBufferPointer<Int32>.allocate(capacity: literalCount + 2)
        var nextGroupStart = UnsafeMutableBufferPointer<Int32>.allocate(capacity: literalCount + 2)
        defer {
            for buffer in [firstChild, endStart, ends, members, nextMembers, groupStart, nextGroupStart] {
                buffer.deallocate()
            }
            incoming.deallocate()
            keys.deallocate()
            scratch.deallocate()
            counts.deallocate()
        }
        var memberCount = 0
        for literal in 0..<literalCount where literalEnds[literal] > literalStarts[literal] {
            members[memberCount] = Int32(literal)
            memberCount += 1
        }
        (groupStart[0], groupStart[1]) = (0, Int32(memberCount))
        (incoming[0], endStart[0]) = (0, 0)
        var groupCount = 1, stateCount = 1, endCount = 0, depth = 0, shallowCount = 1
        while groupCount > 0 {
            let levelEnd = stateCount  // the first state of the next depth
            var nextMemberCount = 0
            for group in 0..<groupCount {
                let state = levelEnd &- groupCount &+ group
                firstChild[state] = Int32(truncatingIfNeeded: stateCount)
                let first = Int(groupStart[group])
                if Int(groupStart[group &+ 1]) &- first == 1 {  // one literal: it ends here or has one child
                    let member = Int(members[first]), start = Int(literalStarts[member])
                    if Int(literalEnds[member]) &- start == depth {
                        ends[endCount] = Int32(truncatingIfNeeded: member)
                        endCount &+= 1
                    } else {
                        nextGroupStart[stateCount &- levelEnd] = Int32(truncatingIfNeeded: nextMemberCount)
                        incoming[stateCount] = units[start &+ depth]
                        stateCount &+= 1
                        nextMembers[nextMemberCount] = Int32(truncatingIfNeeded: member)
                        nextMemberCount &+= 1
                    }
                    endStart[state &+ 1] = Int32(truncatingIfNeeded: endCount)
                    continue
                }
                var keyCount = 0
                for index in first..<Int(groupStart[group &+ 1]) {
                    let member = Int(members[index]), start = Int(literalStarts[member])
                    if Int(literalEnds[member]) &- start == depth {
                        ends[endCount] = Int32(truncatingIfNeeded: member)
                        endCount &+= 1
                    } else {
                        keys[keyCount] = UInt64(units[start &+ depth]) << 32 | UInt64(member)
                        keyCount &+= 1
                    }
                }
                endStart[state &+ 1] = Int32(truncatingIfNeeded: endCount)
                // By unit, then literal: each child's group stays in literal order.
                let groupKeys = UnsafeMutableBufferPointer(rebasing: keys[0..<keyCount])
                if keyCount > 64 {
                    Self.radixSort(groupKeys, scratch: scratch, counts: counts)
                } else if keyCount > 1 {
                    Self.insertionSort(groupKeys)
                }
                var unit = UInt64.max
                for key in groupKeys {
                    if key >> 32 != unit {
                        unit = key >> 32
                        nextGroupStart[stateCount &- levelEnd] = Int32(truncatingIfNeeded: nextMemberCount)
                        incoming[stateCount] = UInt16(truncatingIfNeeded: unit)
                        stateCount &+= 1
                    }
                    nextMembers[nextMemberCount] = Int32(truncatingIfNeeded: key)
                    nextMemberCount &+= 1
                }
            }
            groupCount = stateCount - levelEnd
            nextGroupStart[groupCount] = Int32(nextMemberCount)
            swap(&members, &nextMembers)
            swap(&groupStart, &nextGroupStart)
            depth += 1
            if depth <= shallowDepth { shallowCount = stateCount }
        }
        firstChild[stateCount] = Int32(stateCount)
        self.firstChild = Self.array(firstChild, count: stateCount + 1)
        self.incoming = Self.array(incoming, count: stateCount)
        self.endStart = Self.array(endStart, count: stateCount + 1)
        self.ends = Self.array(ends, count: endCount)
        self.shallowCount = shallowCount
    }

    /// The first `count` elements of `buffer`, copied at once.
    private static func array<Element>(_ buffer: UnsafeMutableBufferPointer<Element>, count: Int) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { copy, copied in
            copied = copy.initialize(fromContentsOf: UnsafeBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    /// Sorts a few keys in place (most groups hold one to a few literals, where the standard sort's set-up costs more
    /// than the sorting).
    private static func insertionSort(_ keys: UnsafeMutableBufferPointer<UInt64>) {
        for index in keys.indices.dropFirst() {
            let key = keys[index]
            var hole = index
            while hole > 0, keys[hole - 1] > key {
                keys[hole] = keys[hole - 1]
                hole -= 1
            }
            keys[hole] = key
        }
    }

    /// Sorts many keys by unit, keeping the order of equal units (a stable counting sort on each byte of the unit,
    /// low byte first, skipped where all keys share the byte): the keys come in literal order, so they end sorted by
    /// unit, then literal. `scratch` holds as many keys; `counts`, 512.
    private static func radixSort(
        _ keys: UnsafeMutableBufferPointer<UInt64>, scratch: UnsafeMutableBufferPointer<UInt64>,
        counts: UnsafeMutableBufferPointer<Int>
    ) {
        counts.update(repeating: 0)
        for key in keys {
            counts[Int(truncatingIfNeeded: key >> 32) & 0xFF] &+= 1
            counts[256 | Int(truncatingIfNeeded: key >> 40) & 0xFF] &+= 1
        }
        var source = keys, target = UnsafeMutableBufferPointer(rebasing: scratch[0..<keys.count])
        for pass in 0..<2 {
            let shift = UInt64(32 + 8 * pass), offset = 256 * pass
            guard counts[offset | Int(truncatingIfNeeded: keys[0] >> shift) & 0xFF] < keys.count else { continue }
            var total = 0
            for byte in offset..<(offset + 256) { (counts[byte], total) = (total, total &+ counts[byte]) }
            for key in source {
                let byte = offset | Int(truncatingIfNeeded: key >> shift) & 0xFF
                target[counts[byte]] = key
                counts[byte] &+= 1
            }
            swap(&source, &target)
        }
        if source.baseAddress != keys.baseAddress { _ = keys.update(fromContentsOf: source) }
    }
}
