import TactfulData
import TactfulStances
import Testing

/// The stance families embedded when the binary was built are what reading `stances.yml` gives now, and read back
/// whole.
@Suite struct BuiltInStancesTests {
    @Test func theEmbeddedFamiliesAreTheFilesFamilies() throws {
        let path = "Glossaries/phrasing/stances.yml"
        let read = try StanceFamily.read(try #require(BuiltInData.text(at: path)), path: path)
        let embedded = try #require(BuiltInData.stances)
        #expect(StanceFamily.decode(embedded) == read)
        #expect(StanceFamily.decode(try #require(StanceFamily.encoded(read))) == read)
        #expect(read.count >= 8 && read.allSatisfy { !$0.phrases.isEmpty } && read.contains { !$0.frames.isEmpty })
    }

    @Test func malformedEncodingsAreRefused() {
        let malformed = [
            "p\tno family yet", "f\trefusal\tnot-a-reason", "f\trefusal\nm\ten", "f\trefusal\nr\tonly-one",
            "f\trefusal\np\tcannot\tmust not",
        ]
        for encoded in malformed {
            #expect(StanceFamily.decode(encoded) == nil, "\(encoded)")
        }
        let families = StanceFamily.decode(
            "f\trefusal\tway-forward\nm\ten\tNo.\np\tcannot\u{1F}e\ne\nr\tkann|können\tnicht")
        #expect(families?.first?.softenedBy == [.wayForward])
        #expect(families?.first?.phrases == ["cannot", "e"])
        #expect(families?.first?.except == [])
        #expect(families?.first?.frames == [StanceFrame(slots: [["kann", "können"], ["nicht"]])])
    }

    @Test func aFieldWithATabALineBreakOrAUnitSeparatorIsNotEncoded() {
        let family = StanceFamily(
            id: "x", message: ["en": "two\nlines"], lead: [:], phrases: ["a"], except: [], frames: [], softenedBy: [])
        #expect(StanceFamily.encoded([family]) == nil)
        let separated = StanceFamily(
            id: "x", message: ["en": "m"], lead: [:], phrases: ["a\u{1F}b"], except: [], frames: [], softenedBy: [])
        #expect(StanceFamily.encoded([separated]) == nil)
    }
}
