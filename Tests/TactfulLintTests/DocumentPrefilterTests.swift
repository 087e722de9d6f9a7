import TactfulICU
import Testing

@testable import TactfulLint

/// The per-draft pre-checks that decide whether a regex runs at all: they may let a regex run needlessly (a hash
/// collision), never skip one that would match.
@Suite struct DocumentPrefilterTests {
    private func document(_ text: String, _ tag: String = "en-US") throws -> Document {
        try Document(text: text, language: try ICU.LocaleID(tag: tag), pool: ICUPool())
    }

    private func prefilter(_ characters: String?, _ texts: [String], _ regex: String) -> CharacterPrefilter {
        CharacterPrefilter(characters: characters, texts: texts, guarding: regex)!
    }

    @Test func textsAreFoundWhereverTheyOccur() throws {
        let filler = prefilter(nil, ["TODO", " ,", "请填写", "x.x"], "filler-test")
        #expect(try document("Ship by TODO please").holds(filler))
        #expect(try document("Hi Anna ,\nthanks").holds(filler))
        #expect(try document("您好，请填写订单号。", "zh-CN").holds(filler))
        #expect(try document("Size x.x fits").holds(filler))
        #expect(try !document("Today, Anna, we shipped your order.").holds(filler))
        #expect(try !document("您好，请您填写地址。", "zh-CN").holds(filler))  // every unit is there, never together
    }

    @Test func nonASCIICharactersAreLookedUpPerDraft() throws {
        let brackets = prefilter("[【", [], "bracket-test")
        #expect(try document("订单号【订单号】已发货", "zh-CN").holds(brackets))
        #expect(try document("Order [number] shipped").holds(brackets))
        #expect(try !document("订单号（12345）已发货", "zh-CN").holds(brackets))
        #expect(try !document("Order 12345 shipped").holds(brackets))
    }

    /// The verdict is exact (the unit and pair sets only decide what is searched for): it is whether the draft holds
    /// one of the characters or texts, on random drafts and prefilters over a few ASCII and wider units.
    @Test func verdictsAreThoseOfAPlainSearch() throws {
        var random = RandomAsciiTexts()
        let alphabet = Array("abxX .,/_!lo".utf16) + Array("【！请填ü".utf16)
        func pick(_ length: Int) -> [UInt16] { (0..<length).map { _ in alphabet[random.next(alphabet.count)] } }
        for round in 0..<300 {
            let characters = random.next(3) == 0 ? String(decoding: pick(1 + random.next(2)), as: UTF16.self) : nil
            let texts = (0..<(1 + random.next(4))).map { _ in pick(1 + random.next(3)) }
            let filter = prefilter(
                characters, texts.map { String(decoding: $0, as: UTF16.self) }, "random-prefilter-\(round)")
            for _ in 0..<20 {
                let units = pick(random.next(40))
                let draft = try document(String(decoding: units, as: UTF16.self))
                let holds =
                    (characters ?? "").utf16.contains(where: units.contains)
                    || texts.contains { text in
                        units.indices.contains { Array(units[$0...].prefix(text.count)) == text }
                    }
                #expect(
                    draft.holds(filter) == holds,
                    "\(String(decoding: units, as: UTF16.self).debugDescription) \(String(describing: characters)) \(texts)"
                )
            }
        }
    }

    @Test func unitAndPairSetsNeverMissWhatTheTextHolds() {
        let text = Array("Grüße 您好 【注意】 x.x ,".utf16)
        let units = WideUnitSet(text), pairs = BigramSet(text)
        for unit in text where unit >= 0x80 { #expect(units.contains(unit)) }
        for index in 1..<text.count { #expect(pairs.mayHold([text[index - 1], text[index]])) }
    }

    @Test func greetingsAreFoundOnLinesBeyondASCII() throws {
        for (text, tag) in [
            ("Olá João,\n\nSua encomenda foi enviada.", "pt-BR"),
            ("Hallo Jürgen,\n\nIhre Bestellung ist unterwegs.", "de-DE"),
            ("您好张先生：\n订单已发货。", "zh-CN"), ("Hi Anna,\n\nYour order shipped.", "en-US"),
        ] {
            let draft = try document(text, tag)
            #expect(draft.scopes.lineScope(at: 0) == .greeting, "\(text)")
            #expect(draft.scopes.lineScope(at: draft.lineCount - 1) == .body, "\(text)")
        }
        #expect(try document("Hiking boots are back in stock.").scopes.lineScope(at: 0) == .body)
        #expect(try document("Halogen lamps ship from Düsseldorf.", "de-DE").scopes.lineScope(at: 0) == .body)
    }
}
