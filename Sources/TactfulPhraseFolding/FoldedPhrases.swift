/// Phrases folded for matching, in one buffer: phrase `i` is `units[starts[i]..<ends[i]]`, empty until folded. A
/// market's thousands of phrases then cost no allocation each (an array per phrase cost more than folding it), and
/// the automaton reads them where they lie.
package struct FoldedPhrases: Sendable {
    /// Every folded unit, phrase after phrase, in the order they were folded.
    package private(set) var units: [UInt16] = []
    /// Where each phrase starts and ends in `units`.
    package private(set) var starts: [Int32], ends: [Int32]

    /// `count` phrases, none folded yet.
    package init(count: Int) {
        starts = [Int32](repeating: 0, count: count)
        ends = starts
    }

    /// The number of phrases, folded or not.
    package var count: Int { starts.count }

    /// The folded units of phrase `index` (empty when not folded).
    package subscript(index: Int) -> ArraySlice<UInt16> { units[Int(starts[index])..<Int(ends[index])] }

    /// Sets phrase `index` to `folded`.
    package mutating func set(_ index: Int, to folded: [UInt16]) {
        set(index, to: folded[...])
    }

    /// Sets phrase `index` to `folded`.
    package mutating func set(_ index: Int, to folded: ArraySlice<UInt16>) {
        starts[index] = Int32(units.count)
        units.append(contentsOf: folded)
        ends[index] = Int32(units.count)
    }

    /// Sets phrase `index` to `phrase` folded without ICU (``NormalizedText/foldASCII(_:appendingTo:)``), or
    /// leaves it and returns false when the phrase is not all ASCII.
    package mutating func setFoldingASCII(_ index: Int, _ phrase: String) -> Bool {
        var phrase = phrase
        return phrase.withUTF8 { setFoldingASCII(index, utf8: $0) }
    }

    /// ``setFoldingASCII(_:_:)`` for the phrase of the UTF-8 bytes `utf8`.
    package mutating func setFoldingASCII(_ index: Int, utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = units.count
        let folded = NormalizedText.forEachFoldedASCIIUnit(of: utf8) { unit in
            units.append(unit)
            return true
        }
        guard folded != nil else { return false }
        (starts[index], ends[index]) = (Int32(start), Int32(units.count))
        return true
    }

    /// Sets phrase `index` to the folded form `table` holds for `phrase`, or leaves it and returns false when the
    /// table holds none.
    package mutating func setLookingUp(_ index: Int, _ phrase: String, in table: FoldedPhraseTable) -> Bool {
        var phrase = phrase
        return phrase.withUTF8 { setLookingUp(index, utf8: $0, in: table) }
    }

    /// ``setLookingUp(_:_:in:)`` for the phrase of the UTF-8 bytes `utf8`.
    package mutating func setLookingUp(_ index: Int, utf8: UnsafeBufferPointer<UInt8>, in table: FoldedPhraseTable)
        -> Bool
    {
        let start = units.count
        guard table.appendFolded(utf8: utf8, to: &units) else { return false }
        (starts[index], ends[index]) = (Int32(start), Int32(units.count))
        return true
    }
}
