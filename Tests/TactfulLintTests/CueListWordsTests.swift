import Testing

@testable import TactfulLint

/// `CueList`'s words of an all-ASCII text, read byte by byte, against the words built scalar by scalar that every
/// other text gets: random ASCII text over the characters that start, continue and end words, and reply sentences.
@Suite struct CueListWordsTests {
    @Test func asciiWordsAgreeWithScalarWordsOnRandomText() {
        let alphabet = Array("aZq09'-&*_ .,;:!?\"()\t\n")
        var state: UInt64 = 19
        for _ in 0..<3000 {
            let text = String(
                (0..<Int(state % 24)).map { _ -> Character in
                    state ^= state << 13; state ^= state >> 7; state ^= state << 17
                    return alphabet[Int(state % UInt64(alphabet.count))]
                })
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            for keepingStars in [false, true] {
                #expect(
                    CueList.words(of: text, keepingStars: keepingStars)
                        == CueList.scalarWords(of: text, keepingStars: keepingStars), "\(text.debugDescription)")
            }
        }
    }

    @Test func asciiWordsAgreeWithScalarWordsOnReplies() {
        let texts = [
            "we can't refund the courier's fee, i'm afraid", "Unfortunately we do NOT accept returns of sale items.",
            "Sorry -- the J&T parcel isn't ours; no refund*", "  l'entrepôt n'accepte pas", "no, not anymore!",
        ]
        for text in texts {
            #expect(CueList.words(of: text, keepingStars: false) == CueList.scalarWords(of: text, keepingStars: false))
        }
    }
}
