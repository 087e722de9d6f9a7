/// A stable number in [0, 1) for a reply and a seed: FNV-1a over the seed, the ticket id and the reply's index,
/// then the SplitMix64 finaliser. Independent of export order and of the machine, so two leads who run the same
/// export with the same seed get the same sample.
enum SampleHash {
    static func value(seed: UInt64, ticket: String, replyIndex: Int) -> Double {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        for byte in ticket.utf8 { mix(byte) }
        mix(0)
        for shift in stride(from: 0, to: 64, by: 8) {
            mix(UInt8(truncatingIfNeeded: UInt64(replyIndex) >> UInt64(shift)))
        }
        hash = (hash ^ (hash >> 30)) &* 0xbf58_476d_1ce4_e5b9
        hash = (hash ^ (hash >> 27)) &* 0x94d0_49bb_1331_11eb
        hash ^= hash >> 31
        return Double(hash >> 11) / Double(UInt64(1) << 53)
    }
}
