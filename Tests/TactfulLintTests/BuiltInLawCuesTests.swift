import TactfulData
import TactfulLawCues
import Testing

/// The law cues embedded when the binary was built are what reading `cues.yml` gives now, and read back whole.
@Suite struct BuiltInLawCuesTests {
    @Test func theEmbeddedCuesAreTheFilesCues() throws {
        let path = "Glossaries/law/cues.yml"
        let read = try LawCues.read(try #require(BuiltInData.text(at: path)), path: path)
        let embedded = try #require(BuiltInData.lawCues)
        let encoded = try #require(read.encoded())
        #expect(encoded.texts == embedded.texts && encoded.runs == embedded.runs)
        #expect(LawCues.decode(embedded) == read)
        #expect(read.words.count > 1000 && !read.durations.isEmpty)
    }

    /// A clearing word inside a refusal phrase clears the refusal it is part of ("haften wir" in "haften wir nicht"):
    /// the file's header promises none is, in any language.
    @Test func noClearingWordIsPartOfARefusalPhrase() throws {
        let path = "Glossaries/law/cues.yml"
        let words = try LawCues.read(try #require(BuiltInData.text(at: path)), path: path).words
        let refusals = words.filter { $0.role == .refusal }.map { ($0.text.lowercased(), $0.language) }
        for word in words where word.role == .positive || word.role == .lawful {
            let text = word.text.lowercased()
            let holders = refusals.filter { $0.1 == word.language && $0.0.contains(text) }.map(\.0)
            #expect(holders.isEmpty, "\(word.language) \(word.role) '\(word.text)' is inside \(holders)")
        }
    }

    @Test func malformedEncodingsAreRefused() throws {
        let refund = LawCues.Role.allCases.firstIndex(of: .refund)!
        let malformed = [
            ("Rückgabe", "x\ten\t\(refund)\t1"), ("word", "w\ten\t\(LawCues.Role.allCases.count)\t1"),
            ("Rückgabe", "w\ten\t\(refund)"), ("a", "w\ten\t\(refund)\t1\nd\tTagen"),
            ("Erstattung\u{1F}Rückerstattung", "w\tde\t\(refund)\t1"), ("Erstattung", "w\tde\t\(refund)\t2"),
            ("a", "w\ten\trefund\t1"),
        ]
        for encoded in malformed {
            #expect(LawCues.decode(encoded) == nil, "\(encoded)")
        }
        let sale = LawCues.Role.allCases.firstIndex(of: .sale)!
        let cues = LawCues.decode(
            ("Erstattung\u{1F}Rückerstattung\u{1F}sale", "w\tde\t\(refund)\t2\nw\ten\t\(sale)\t1\nd\ttagen\tday"))
        #expect(cues?.words.map(\.text) == ["Erstattung", "Rückerstattung", "sale"])
        #expect(cues?.words.map(\.role) == [.refund, .refund, .sale])
        #expect(cues?.words.map(\.language) == ["de", "de", "en"])
        #expect(cues?.durations == ["tagen": "day"])
        let none = LawCues(words: LawCues.Words(), durations: ["tagen": "day"])
        #expect(LawCues.decode(try #require(none.encoded())) == none)
    }

    @Test func theEncodingRoundTripsEveryRoleAndRun() throws {
        let words = LawCues.Role.allCases.enumerated().flatMap { index, role in
            [(role: role, text: "w\(index)", language: "de"), (role: role, text: "v\(index)", language: "de")]
                + [(role: role, text: "x\(index)", language: "en")]
        }
        let cues = LawCues(words: LawCues.Words(words), durations: ["tagen": "day", "wochen": "week"])
        let encoded = try #require(cues.encoded())
        #expect(LawCues.decode(encoded) == cues)
        #expect(encoded.runs.split(separator: "\n").count == LawCues.Role.allCases.count * 2 + 2)
    }

    @Test func aWordWithAUnitSeparatorIsNotEncoded() {
        let cues = LawCues(words: LawCues.Words([(role: .refund, text: "a\u{1F}b", language: "en")]), durations: [:])
        #expect(cues.encoded() == nil)
    }
}
