import TactfulData
import TactfulStances
import Testing

/// The stance families' advice embedded when the binary was built is what reading `stances.yml` gives now, and reads
/// back whole.
@Suite struct BuiltInStancesTests {
    @Test func theEmbeddedAdviceIsTheFilesFamilies() throws {
        let path = "Glossaries/phrasing/stances.yml"
        let read = try StanceFamily.read(try #require(BuiltInData.text(at: path)), path: path)
        let advice = read.map(StanceAdvice.init)
        let embedded = try #require(BuiltInData.stanceAdvice)
        #expect(StanceAdvice.decode(embedded) == advice)
        #expect(StanceAdvice.decode(try #require(StanceAdvice.encoded(advice))) == advice)
        #expect(advice.map(\.id) == read.map(\.id) && advice.map(\.lead) == read.map(\.lead))
        #expect(advice.map(\.frameSlotCounts) == read.map { $0.frames.map(\.slots.count) })
        #expect(read.count >= 8 && advice.contains { !$0.frameSlotCounts.isEmpty })
    }

    @Test func malformedEncodingsAreRefused() {
        let malformed = [
            "m\ten\tno family yet", "f\trefusal\tnot-a-reason", "f\trefusal\nm\ten", "f\trefusal\nr\tx",
            "f\trefusal\nr", "f\trefusal\nr\t2\nr\t3", "f\trefusal\np\tcannot",
        ]
        for encoded in malformed {
            #expect(StanceAdvice.decode(encoded) == nil, "\(encoded)")
        }
        let families = StanceAdvice.decode(
            "f\trefusal\tway-forward\nm\ten\tNo.\nl\tde\tIch kann\nr\t2\t4\nf\tblame\nm\ten\tYours.")
        #expect(families?.count == 2)
        #expect(families?.first?.softenedBy == [.wayForward])
        #expect(families?.first?.lead == ["de": "Ich kann"])
        #expect(families?.first?.frameSlotCounts == [2, 4])
        #expect(families?.last?.frameSlotCounts == [] && families?.last?.message == ["en": "Yours."])
    }

    @Test func aFieldWithATabOrALineBreakIsNotEncoded() {
        let advice = StanceAdvice(
            id: "x", message: ["en": "two\nlines"], lead: [:], softenedBy: [], frameSlotCounts: [])
        #expect(StanceAdvice.encoded([advice]) == nil)
        let tabbed = StanceAdvice(id: "x", message: [:], lead: ["en": "a\tb"], softenedBy: [], frameSlotCounts: [2])
        #expect(StanceAdvice.encoded([tabbed]) == nil)
    }
}
