import TactfulData
import TactfulLawCues
import TactfulLiteralBoundaries
import TactfulRequests
import TactfulStances
import Testing

@testable import TactfulLint

/// The literals compiled when the binary was built (the stance kind's, the law words' boundaries, the request kind's)
/// are what compiling the YAML files gives now, and give the literals the strings gave.
@Suite struct BuiltInLiteralsTests {
    @Test func theEmbeddedStanceLiteralsAreTheFilesCompiled() throws {
        let path = "Glossaries/phrasing/stances.yml"
        let families = try StanceFamily.read(try #require(BuiltInData.text(at: path)), path: path)
        let compiled = StanceLiterals(families)
        let embedded = try #require(StanceLiterals.builtIn)
        #expect(embedded == compiled)
        #expect(StanceLiterals.decode(try #require(compiled.encoded)) == compiled)
        #expect(compiled.roles.count == compiled.phrases.count && compiled.phrases.count > 3000)
        // The rule's table is the one written phrase by phrase (Literal.written) over the same texts.
        var phrases: [String] = []
        for family in families {
            phrases += Array(family.phrases) + Array(family.except) + family.frames.flatMap { $0.slots.joined() }
        }
        #expect(described(LiteralTable(embedded.phrases).literals) == described(phrases.map(Literal.written)))
    }

    @Test func theEmbeddedLawWordBoundariesAreTheWordsScripts() throws {
        let path = "Glossaries/law/cues.yml"
        let cues = try LawCues.read(try #require(BuiltInData.text(at: path)), path: path)
        let embedded = try #require(LawCues.builtInBoundedWords)
        #expect(embedded == BoundedPhrases(byScript: cues.words.texts))
        #expect(described(LiteralTable(embedded).literals) == described(cues.words.map { Literal.byScript($0.text) }))
    }

    @Test func theEmbeddedRequestLiteralsAreTheGlossaryCompiled() throws {
        let path = "Glossaries/privacy/requests.yml"
        let glossary = try RequestGlossary.read(try #require(BuiltInData.text(at: path)), path: path)
        let compiled = RequestLiterals(glossary)
        let embedded = try #require(RequestLiterals.builtIn)
        #expect(embedded == compiled)
        #expect(RequestLiterals.decode(try #require(compiled.encoded)) == compiled)
        #expect(compiled.roles.count == compiled.phrases.count && compiled.phrases.count > 1000)
        #expect(compiled.items.map(\.id) == glossary.data.map(\.id))
        #expect(compiled.items.map(\.placed) == glossary.data.map { !$0.places.isEmpty })
        #expect(compiled.items.map(\.reason) == glossary.data.map(\.reason))
        #expect(
            compiled.negationAfterRequest == glossary.negationAfterRequest && !compiled.negationAfterRequest.isEmpty)
        // The rule's table is the one written text by text (Literal.written): the cues, then each item's lists.
        var texts = glossary.cues
        for item in glossary.data { texts += item.words + item.unless + item.places + item.cards + item.exposures }
        #expect(described(LiteralTable(embedded.phrases).literals) == described(texts.map(Literal.written)))
        #expect(compiled.roles.prefix(glossary.cues.count).allSatisfy { $0 == .cue })
    }

    @Test func requestLiteralsRoundTripAndRefuseMalformedText() throws {
        let card = SensitiveData(
            id: "card", reason: ["en": "Never.", "zh-Hans": "不要。"], words: ["card number", "卡号*"],
            unless: ["last four"], places: [], cards: ["card"], exposures: ["photo"])
        let address = SensitiveData(
            id: "address", reason: ["en": "Not in public."], words: ["address"], unless: [], places: ["comments"],
            cards: [], exposures: [])
        let literals = RequestLiterals(
            RequestGlossary(data: [card, address], cues: ["send", "提供"], negationAfterRequest: ["de", "ja"]))
        #expect(RequestLiterals.decode(try #require(literals.encoded)) == literals)
        #expect(
            literals.roles == [
                .cue, .cue, .noun(0), .noun(0), .unless(0), .card(0), .exposes(0), .noun(1), .place(1),
            ])
        #expect(literals.items.map(\.placed) == [false, true])
        let empty = RequestLiterals(RequestGlossary(data: [], cues: [], negationAfterRequest: []))
        #expect(RequestLiterals.decode(try #require(empty.encoded)) == empty)
        let malformed = [
            ("a", "3", "c\t1", "i\tx\t0"), ("a", "3", "n\t1\t1", "i\tx\t0\na"), ("a", "9", "c\t1", "a"),
            ("a", "3", "c\t2", "a"), ("a", "3", "q\t1", "a"), ("a", "3", "c\t1", "a\ni\tx\t0"),
            ("a", "3", "c\t1", "i\tx\t2\na"), ("a", "3", "c\t1", "i\tx\t0\ten\na"),
        ]
        for (texts, flags, roles, items) in malformed {
            #expect(RequestLiterals.decode((texts, flags, roles, items)) == nil, "\(texts) \(flags) \(roles) \(items)")
        }
        #expect(RequestLiterals.decode(("a", "3", "c\t1", "a")) != nil)
    }

    @Test func stanceLiteralsRoundTripAndRefuseMalformedText() throws {
        let family = StanceFamily(
            id: "refusal", message: ["en": "No."], lead: ["en": "We can"], phrases: ["*cannot", "不能退*"],
            except: ["cannot wait"], frames: [StanceFrame(slots: [["kann", "können"], ["nicht*"]])], softenedBy: [])
        let literals = StanceLiterals([family, family])
        #expect(StanceLiterals.decode(try #require(literals.encoded)) == literals)
        #expect(
            literals.roles.suffix(3) == [.slot(frame: 1, slot: 0), .slot(frame: 1, slot: 0), .slot(frame: 1, slot: 1)])
        #expect(StanceLiterals.decode(try #require(StanceLiterals([]).encoded)) == StanceLiterals([]))
        let malformed = [
            ("a\u{1F}b", "3", "p\t0\t1"), ("a", "9", "p\t0\t1"), ("a", "3", "p\t0\t2"), ("a", "3", "x\t1"),
            ("a", "3", "p\t0"), ("a", "", "p\t0\t1"),
        ]
        for (texts, flags, roles) in malformed {
            #expect(StanceLiterals.decode((texts, flags, roles)) == nil, "\(texts) \(flags) \(roles)")
        }
    }

    @Test func flagsKeepBothBoundaries() {
        for (starts, ends) in [(false, false), (true, false), (false, true), (true, true)] {
            let flag = LiteralBoundaries.flag(wholeWord: starts, endsOnBoundary: ends)
            let boundaries = LiteralBoundaries.boundaries(flag: flag)
            #expect(boundaries?.wholeWord == starts && boundaries?.endsOnBoundary == ends)
        }
        #expect(LiteralBoundaries.boundaries(flag: UInt8(ascii: "4")) == nil)
    }

    private func described(_ literals: [Literal]) -> [String] {
        literals.map { "\($0.text)|\($0.wholeWord)|\($0.endsOnBoundary)" }
    }
}
