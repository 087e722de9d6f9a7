import TactfulPhraseFolding

/// The pairs of adjacent UTF-16 units a text holds, one bit each (a pair's bit may be shared by another pair, never
/// missing): a phrase with a pair whose bit is clear cannot occur in the text. Lets an automaton for one text be
/// built over the few phrases that text could hold.
struct UnitPairs {
    /// 2¹⁶ bits: a pair of ASCII units, or of a unit below U+0200 and an ASCII one, has a bit of its own.
    private var words = [UInt64](repeating: 0, count: 1 << 10)

    /// The pairs of `units`.
    init(_ units: [UInt16]) {
        for (first, second) in zip(units, units.dropFirst()) {
            let bit = Self.bit(first, second)
            words[bit &>> 6] |= 1 &<< UInt64(bit & 63)
        }
    }

    /// False when the folded `phrase` has a pair the text lacks; a phrase of one unit, or none, may always occur.
    func mayContain(_ phrase: ArraySlice<UInt16>) -> Bool {
        guard var previous = phrase.first else { return true }
        for unit in phrase.dropFirst() {
            guard has(previous, unit) else { return false }
            previous = unit
        }
        return true
    }

    /// False when `phrase` is all ASCII and folds (``NormalizedText/foldASCII(_:appendingTo:)``) to units with a
    /// pair the text lacks; true for any other phrase. The units are judged as they are folded, never stored.
    func mayHold(_ phrase: String) -> Bool {
        var phrase = phrase
        return phrase.withUTF8(mayHold(utf8:))
    }

    /// ``mayHold(_:)`` for the phrase of the UTF-8 bytes `utf8`.
    func mayHold(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt16?
        return NormalizedText.forEachFoldedASCIIUnit(of: utf8) { unit in
            defer { previous = unit }
            return previous.map { has($0, unit) } ?? true
        } ?? true
    }

    private func has(_ first: UInt16, _ second: UInt16) -> Bool {
        let bit = Self.bit(first, second)
        return words[bit &>> 6] & (1 &<< UInt64(bit & 63)) != 0
    }

    private static func bit(_ first: UInt16, _ second: UInt16) -> Int {
        (Int(first) &<< 7 ^ Int(second)) & 0xFFFF
    }
}
