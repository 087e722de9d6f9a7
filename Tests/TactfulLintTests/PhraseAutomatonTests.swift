import TactfulPhraseFolding
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

    @Test func findsNothingWithoutLiterals() {
        #expect(PhraseAutomaton(literals: []).hits(in: Array("any text".utf16)).isEmpty)
        #expect(PhraseAutomaton(literals: [[], []]).hits(in: Array("any text".utf16)).isEmpty)
        #expect(PhraseAutomaton(literals: [[0x61]]).hits(in: []).isEmpty)
    }

    /// Literals grown from one another (long shared prefixes, groups of hundreds at the root, units that share a low
    /// byte, duplicates, ASCII and not), and texts made of their pieces: the hits are the naive search's in its
    /// exact order (by end, then longest first, then literal order), which the findings' order rests on.
    @Test func findsWhatANaiveSearchFindsInItsOrder() {
        var state: UInt64 = 23
        func next(_ bound: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(bound))
        }
        let alphabet: [UInt16] = [0x61, 0x62, 0x63, 0x20, 0x27, 0x161, 0x3061, 0x6162, 0xAC00, 0xE9]
        for round in 0..<4 {
            var literals: [[UInt16]] = []
            for _ in 0..<(300 + 100 * round) {
                var literal = literals.isEmpty || next(3) == 0 ? [] : literals[next(literals.count)]
                literal = Array(literal.prefix(next(literal.count + 1)))
                for _ in 0..<next(8) { literal.append(alphabet[next(alphabet.count)]) }
                literals.append(literal)
            }
            var text: [UInt16] = []
            while text.count < 4000 {
                let literal = literals[next(literals.count)]
                text += next(4) == 0 ? Array(literal.dropFirst(next(literal.count + 1))) : literal
                if next(3) == 0 { text.append(alphabet[next(alphabet.count)]) }
            }
            let expected = Self.naive(literals, text).sorted {
                ($0[1], $0[0], $0[2]) < ($1[1], $1[0], $1[2])  // by end, then start (longest first), then literal
            }
            let hits = PhraseAutomaton(literals: literals).hits(in: text)
            #expect(hits.map { [$0.range.lowerBound, $0.range.upperBound, $0.payload] } == expected)
        }
    }

    /// Literals wanted only at word ends, skipped where no word ends: what a caller keeps (such a literal only where
    /// a word ends, any other anywhere) is the same hits in the same order as from the full scan.
    @Test func skipsOnlyWhatACallerDropsWhereNoWordEnds() {
        var state: UInt64 = 31
        func next(_ bound: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(bound))
        }
        let alphabet: [UInt16] = [0x61, 0x62, 0x20, 0x27, 0x3061]
        for _ in 0..<40 {
            let literals = (0..<(1 + next(30))).map { _ in (0..<(1 + next(5))).map { _ in alphabet[next(5)] } }
            let atWordEndsOnly = literals.map { _ in next(4) != 0 }
            let text = (0..<next(300)).map { _ in alphabet[next(5)] }
            let wordEnds = Set((0...text.count).filter { _ in next(3) == 0 })
            var folded = FoldedPhrases(count: literals.count)
            for (index, literal) in literals.enumerated() { folded.set(index, to: literal) }
            let automaton = PhraseAutomaton(literals: folded, atWordEndsOnly: atWordEndsOnly)
            func kept(_ hit: PhraseAutomaton.Hit) -> Bool {
                !atWordEndsOnly[hit.payload] || wordEnds.contains(hit.range.upperBound)
            }
            var skipping: [PhraseAutomaton.Hit] = []
            automaton.forEachHit(in: text, isWordEnd: wordEnds.contains) { skipping.append($0) }
            #expect(skipping.filter(kept) == automaton.hits(in: text).filter(kept))
            #expect(automaton.hits(in: text) == PhraseAutomaton(literals: literals).hits(in: text))
        }
    }
}
