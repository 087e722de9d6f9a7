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

    /// False when `phrase` folds to units with a pair the text lacks, as far as that shows before folding: an ASCII
    /// phrase is judged by the units it folds to (``NormalizedText/foldASCII(_:appendingTo:)``), judged as they are
    /// folded, never stored; any other by its pairs of ASCII letters and digits (below).
    func mayHold(_ phrase: String) -> Bool {
        var phrase = phrase
        return phrase.withUTF8(mayHold(utf8:))
    }

    /// ``mayHold(_:)`` for the phrase of the UTF-8 bytes `utf8`.
    func mayHold(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        LiteralScripts.hasNonASCII(utf8) ? mayHoldLetterPairs(utf8) : mayHold(ascii: utf8)
    }

    /// ``mayHold(utf8:)`` for an all-ASCII phrase, judged by the units it folds to as
    /// ``NormalizedText/forEachFoldedASCIIUnit(of:_:)`` gives them (capitals lowered, a run of spaces one space, none
    /// leading or trailing), each pair looked up as it is folded: one loop, where a call per unit through that
    /// function's closure cost a market's first draft some two million instructions over its thousands of phrases.
    /// `LiteralScriptsTests` checks it against the folded units of every pack phrase.
    func mayHold(ascii utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt16 = 0, started = false, spacePending = false
        for byte in utf8 {
            var unit = UInt16(byte)
            guard unit > 0x20 || !(unit == 0x20 || (unit >= 0x09 && unit <= 0x0D)) else {
                spacePending = started
                continue
            }
            if spacePending {
                guard has(previous, 0x20) else { return false }
                previous = 0x20
            }
            if unit >= 0x41 && unit <= 0x5A { unit &+= 0x20 }
            guard !started || has(previous, unit) else { return false }
            (previous, started, spacePending) = (unit, true, false)
        }
        return true
    }

    /// False when two ASCII letters or digits side by side in the phrase of the UTF-8 bytes `utf8`, lowered, are a pair
    /// the text lacks. Folding keeps such a pair side by side in any phrase (NFKC case folding lowers an ASCII letter
    /// and composes it with nothing before it; spaces, apostrophes and Arabic are folded apart from letters), unless
    /// a combining mark follows the second (e + U+0301 folds to é): a pair followed by a byte beyond ASCII is not
    /// judged. An accented phrase of another language (most of those a Portuguese or French draft's letters let in)
    /// is then left out before it is looked up or folded. `LiteralScriptsTests` checks it on every pack phrase.
    func mayHoldLetterPairs(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard utf8.count >= 2 else { return true }
        for index in 1..<utf8.count where index + 1 == utf8.count || utf8[index + 1] < 0x80 {
            guard let first = Self.loweredAlphanumeric(utf8[index - 1]),
                let second = Self.loweredAlphanumeric(utf8[index])
            else { continue }
            guard has(first, second) else { return false }
        }
        return true
    }

    /// An ASCII letter (lowered) or digit as a UTF-16 unit; nil for any other byte.
    private static func loweredAlphanumeric(_ byte: UInt8) -> UInt16? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt16(byte) + 0x20
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): UInt16(byte)
        default: nil
        }
    }

    private func has(_ first: UInt16, _ second: UInt16) -> Bool {
        let bit = Self.bit(first, second)
        return words[bit &>> 6] & (1 &<< UInt64(bit & 63)) != 0
    }

    private static func bit(_ first: UInt16, _ second: UInt16) -> Int {
        (Int(first) &<< 7 ^ Int(second)) & 0xFFFF
    }
}
