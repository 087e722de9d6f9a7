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

    /// False when `phrase` has a pair the text lacks; a phrase of one unit, or none, may always occur.
    func mayContain(_ phrase: ArraySlice<UInt16>) -> Bool {
        guard var previous = phrase.first else { return true }
        for unit in phrase.dropFirst() {
            let bit = Self.bit(previous, unit)
            guard words[bit &>> 6] & (1 &<< UInt64(bit & 63)) != 0 else { return false }
            previous = unit
        }
        return true
    }

    private static func bit(_ first: UInt16, _ second: UInt16) -> Int {
        (Int(first) &<< 7 ^ Int(second)) & 0xFFFF
    }
}
