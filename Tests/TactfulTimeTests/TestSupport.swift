import Foundation
import TactfulTime

/// Parses a schedule written inline in a test; `holidays:` is not allowed here.
func schedule(_ yaml: String) throws -> Schedule {
    try Schedule(yaml: yaml, path: "test.yml") { market throws(TimeError) in
        throw TimeError.unknownMarket(market, known: [])
    }
}

/// An instant from ISO 8601 text, for test literals.
func at(_ text: String) throws -> Date { try ISO8601.parse(text) }

/// `ISO8601.format` in a zone named by IANA ID.
func show(_ date: Date, _ zone: String) throws -> String { ISO8601.format(date, in: try ZoneRules(identifier: zone)) }

/// A small deterministic generator (SplitMix64) so property tests are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
