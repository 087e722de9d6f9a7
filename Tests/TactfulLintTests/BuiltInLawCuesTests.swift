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
        for encoded in ["x\ten\trefund\tRückgabe", "w\ten\tnot-a-role\tword", "w\ten\trefund", "d\tTagen"] {
            #expect(LawCues.decode(encoded) == nil, "\(encoded)")
        }
        let cues = LawCues.decode("w\tde\trefund\tErstattung\tRückerstattung\nd\ttagen\tday")
        #expect(cues?.words.map(\.text) == ["Erstattung", "Rückerstattung"])
        #expect(cues?.durations == ["tagen": "day"])
    }
}
