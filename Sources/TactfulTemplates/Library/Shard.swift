/// `--shard K/N`: a deterministic split of a library for CI matrices. Templates are split by key (FNV-1a hash),
/// so every locale of a key lands in the same shard and the cross-locale checks still see them together.
public struct Shard: Sendable, Equatable {
    /// 1-based shard index.
    public let index: Int
    /// Number of shards.
    public let count: Int

    /// Parses `K/N` with 1 ≤ K ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 2, parts[1] >= 1, (1...parts[1]).contains(parts[0]) else { return nil }
        (index, count) = (parts[0], parts[1])
    }

    /// True when the template with `key` belongs to this shard.
    public func contains(key: String) -> Bool {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(hash % UInt64(count)) == index - 1
    }
}
