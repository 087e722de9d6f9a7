/// Which pairs of adjacent UTF-16 units a text holds, hashed into a 16,384-bit bitmap (2 KB): built in one pass when a
/// `requires-text` prefilter first asks, so a short text (`TODO`, `XX`, ` ,`, `请填写`) is searched for only when every
/// pair of it occurs somewhere in the draft. A hash collision can only let a search through, never skip one.
struct BigramSet: Sendable {
    private var bits: [UInt64]

    /// The adjacent pairs of `utf16`.
    init(_ utf16: [UInt16]) {
        var bits = [UInt64].filled(0, count: 256)
        bits.withUnsafeMutableBufferPointer { bits in
            utf16.withUnsafeBufferPointer { units in
                guard units.count > 1 else { return }
                for index in 1..<units.count {
                    let slot = Self.slot(units[index - 1], units[index])
                    bits[slot >> 6] |= 1 << UInt64(slot & 63)
                }
            }
        }
        self.bits = bits
    }

    /// True when every adjacent pair of `text` may occur (a text of one unit always may).
    func mayHold(_ text: [UInt16]) -> Bool {
        guard text.count > 1 else { return true }
        for index in 1..<text.count {
            let slot = Self.slot(text[index - 1], text[index])
            if bits[slot >> 6] & (1 << UInt64(slot & 63)) == 0 { return false }
        }
        return true
    }

    private static func slot(_ first: UInt16, _ second: UInt16) -> Int {
        Int(((UInt32(first) << 16 | UInt32(second)) &* 0x9E37_79B1) >> 18)
    }
}
