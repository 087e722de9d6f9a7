import Foundation

/// Durations counted in logarithmic buckets 2 % wide: median and p90 within 1 % of the exact value, in constant
/// memory however many replies a group has.
public struct DurationHistogram: Sendable {
    private static let growth = log(1.02)
    private var buckets: [Int: Int] = [:]
    /// How many durations were added.
    public private(set) var count = 0

    /// An empty histogram.
    public init() {}

    /// Counts one duration in seconds.
    public mutating func add(_ seconds: Double) {
        count += 1
        buckets[Self.bucket(of: seconds), default: 0] += 1
    }

    /// Adds every duration of `other`.
    public mutating func merge(_ other: DurationHistogram) {
        count += other.count
        buckets.merge(other.buckets, uniquingKeysWith: +)
    }

    /// The `q`-quantile (0…1) by the nearest-rank method, as its bucket's midpoint; nil when empty.
    public func quantile(_ q: Double) -> Double? {
        guard count > 0 else { return nil }
        let rank = max(1, Int((q * Double(count)).rounded(.up)))
        var seen = 0
        for key in buckets.keys.sorted() {
            seen += buckets[key] ?? 0
            if seen >= rank { return Self.midpoint(of: key) }
        }
        return nil
    }

    /// Bucket 0 holds durations under a second; bucket k ≥ 1 holds [1.02^(k-1), 1.02^k) seconds.
    static func bucket(of seconds: Double) -> Int {
        seconds < 1 ? 0 : Int((log(seconds) / growth).rounded(.down)) + 1
    }

    static func midpoint(of bucket: Int) -> Double {
        bucket == 0 ? 0 : exp((Double(bucket) - 0.5) * growth)
    }
}
