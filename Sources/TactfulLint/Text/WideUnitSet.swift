/// Which UTF-16 units beyond ASCII a text holds, hashed into a 4,096-bit bitmap (512 bytes): built in one pass when a
/// prefilter first asks about a non-ASCII character (`【`, `！`, `注`), then asked in constant time by every other. A
/// hash collision can only let a regex run, never skip one.
struct WideUnitSet: Sendable {
    private var bits: [UInt64]

    /// The units of `utf16` at or above 0x80.
    init(_ utf16: [UInt16]) {
        var bits = [UInt64].filled(0, count: 64)
        bits.withUnsafeMutableBufferPointer { bits in
            for unit in utf16 where unit >= 0x80 {
                let slot = Self.slot(unit)
                bits[slot >> 6] |= 1 << UInt64(slot & 63)
            }
        }
        self.bits = bits
    }

    /// False when the text surely lacks `unit` (a unit below 0x80 is never recorded here).
    func contains(_ unit: UInt16) -> Bool {
        let slot = Self.slot(unit)
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    private static func slot(_ unit: UInt16) -> Int { Int((UInt32(unit) &* 0x9E37_79B1) >> 20) }
}
