/// Which ASCII characters a text holds, as a 128-bit set: filled in one pass, asked in constant time, so a rule
/// or scope whose every match needs a `{` or `@` is skipped on texts without one.
struct AsciiSet: Sendable {
    private var low: UInt64 = 0, high: UInt64 = 0

    /// DEL (U+007F) never occurs in a draft; `Document` records in its slot that the text holds a non-ASCII unit,
    /// so a prefilter looking for `【` or `！` skips all-ASCII texts without a scan.
    static let nonASCIIMarker: UInt16 = 0x7F

    /// The empty set.
    init() {}

    /// The given ASCII units (non-ASCII ones are left out).
    init(units: some Sequence<UInt16>) {
        for unit in units where unit < 0x80 { insert(unit) }
    }

    /// The units whose flag is set in 128 flag bytes (each 0 or 1, unit `u`'s at byte `u`), read as sixteen words:
    /// a word's eight flags become eight bits with one multiplication (flag `k` lands on bit `56 + k`).
    init(flags words: UnsafeBufferPointer<UInt64>) {
        for index in 0..<16 {
            let bits = (UInt64(littleEndian: words[index]) &* 0x0102_0408_1020_4080) >> 56
            if index < 8 { low |= bits << UInt64(index * 8) } else { high |= bits << UInt64(index * 8 - 64) }
        }
    }

    /// Adds an ASCII unit (`unit` < 0x80).
    mutating func insert(_ unit: UInt16) {
        if unit < 64 { low |= 1 << UInt64(unit) } else { high |= 1 << UInt64(unit - 64) }
    }

    /// True when `unit` is ASCII and in the set.
    func contains(_ unit: UInt16) -> Bool {
        unit < 64 ? low & (1 << UInt64(unit)) != 0 : unit < 128 && high & (1 << UInt64(unit - 64)) != 0
    }

    /// True when every unit of `other` is in the set.
    func isSuperset(of other: AsciiSet) -> Bool { other.low & ~low == 0 && other.high & ~high == 0 }

    /// True when the two sets share a unit.
    func intersects(_ other: AsciiSet) -> Bool { low & other.low != 0 || high & other.high != 0 }
}
