import Testing
@testable import TactfulLint

/// The automaton against a naive search: every occurrence of every literal, overlapping ones included.
@Suite struct PhraseAutomatonTests {
    static func naive(_ literals: [[UInt16]], _ text: [UInt16]) -> Set<[Int]> {
        var found: Set<[Int]> = []
        for (payload, literal) in literals.enumerated() where !literal.isEmpty && literal.count <= text.count {
            for start in 0...(text.count - literal.count) where Array(text[start..<(start + literal.count)]) == literal
            {
                found.insert([start, start + literal.count, payload])
            }
        }
        return found
    }

    @Test func matchesANaiveSearchOnRandomText() {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {  // a small deterministic generator (xorshift)
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(bound))
        }
        // A small alphabet (two ASCII letters, a space, a Hangul syllable) makes overlaps and failure moves common.
        let alphabet: [UInt16] = [0x61, 0x62, 0x20, 0xAC00]
        for _ in 0..<50 {
            let literals = (0..<(1 + next(12))).map { _ in (0..<(1 + next(5))).map { _ in alphabet[next(4)] } }
            let text = (0..<next(200)).map { _ in alphabet[next(4)] }
            let hits = Set(
                PhraseAutomaton(literals: literals).hits(in: text).map {
                    [$0.range.lowerBound, $0.range.upperBound, $0.payload]
                })
            #expect(hits == Self.naive(literals, text))
        }
    }

    /// Many long literals over a wider alphabet: deep states, most transitions in the sparse table (which grows
    /// many times), and duplicate literals sharing a state.
    @Test func matchesANaiveSearchWithManyLongLiterals() {
        var state: UInt64 = 11
        func next(_ bound: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(bound))
        }
        let alphabet: [UInt16] = [0x61, 0x62, 0x63, 0x20, 0xAC00, 0x65E5, 0x672C]
        for _ in 0..<5 {
            var literals = (0..<400).map { _ in (0..<(1 + next(14))).map { _ in alphabet[next(alphabet.count)] } }
            literals += literals.prefix(20)
            let text = (0..<3000).map { _ in alphabet[next(alphabet.count)] }
            let hits = PhraseAutomaton(literals: literals).hits(in: text)
            #expect(
                Set(hits.map { [$0.range.lowerBound, $0.range.upperBound, $0.payload] }) == Self.naive(literals, text))
            #expect(hits.map(\.range.upperBound) == hits.map(\.range.upperBound).sorted())
        }
    }
}
