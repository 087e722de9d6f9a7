import TactfulData
import TactfulLawCues
import Testing

/// The law cues embedded when the binary was built are what reading `cues.yml` gives now, and read back whole.
@Suite struct BuiltInLawCuesTests {
    @Test func theEmbeddedCuesAreTheFilesCues() throws {
        let path = "Glossaries/law/cues.yml"
        let read = try LawCues.read(try #require(BuiltInData.text(at: path)), path: path)
        let embedded = try #require(BuiltInData.lawCues)
        #expect(read.encoded() == embedded)
        #expect(LawCues.decode(embedded) == read)
        #expect(read.words.count > 1000 && !read.durations.isEmpty)
    }

    @Test func malformedEncodingsAreRefused() {
        let malformed = [
            "x\ten\trefund\tRückgabe", "w\ten\tnot-a-role\tword", "w\ten\trefund", "d\tTagen",
            "w\tde\trefund\tErstattung\tRückerstattung",
        ]
        for encoded in malformed {
            #expect(LawCues.decode(encoded) == nil, "\(encoded)")
        }
        let cues = LawCues.decode(
            "w\tde\trefund\tErstattung\u{1F}Rückerstattung\nw\ten\tsale\tsale\nd\ttagen\tday")
        #expect(cues?.words.map(\.text) == ["Erstattung", "Rückerstattung", "sale"])
        #expect(cues?.words.map(\.role) == [.refund, .refund, .sale])
        #expect(cues?.words.map(\.language) == ["de", "de", "en"])
        #expect(cues?.durations == ["tagen": "day"])
    }

    @Test func aWordWithAUnitSeparatorIsNotEncoded() {
        let cues = LawCues(words: LawCues.Words([(role: .refund, text: "a\u{1F}b", language: "en")]), durations: [:])
        #expect(cues.encoded() == nil)
    }
}
