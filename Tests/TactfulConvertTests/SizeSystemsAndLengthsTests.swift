import TactfulICU
import Testing

@testable import TactfulConvert

/// Issue 15 (sizes): kids' UK and JP sizes, DE as a system where the EU column is German, suit lengths, UK ring
/// whole letters and US quarter sizes, Australian bra bands.
@Suite struct SizeSystemsAndLengthsTests {
    private func converter(_ category: SizeCategory) throws -> SizeConverter {
        SizeConverter(table: try SizeTableReader.builtIn(category))
    }

    private func sizes(_ answer: SizeAnswer) -> [String] { answer.to.map { "\($0.system) \($0.size)" } }

    @Test func kidsShoesHaveUKAndJapaneseSizes() throws {
        let kids = try converter(.shoesKids)
        let answer = try kids.convert(size: "10C", from: "US", to: ["UK", "JP"])
        #expect(sizes(answer) == ["UK 9.5", "UK 9", "JP 16"])
        #expect(answer.note.contains("Charts disagree: UK 9.5 (shoe-size-converter-kids) vs UK 9 (lazytools-kids)"))
        #expect(sizes(try kids.convert(size: "2", from: "UK", to: ["US"])) == ["US 2.5C", "US 3Y"])
        #expect(sizes(try kids.convert(size: "20.5", from: "JP", to: ["US"])) == ["US 2Y"])
        #expect(sizes(try kids.convert(size: "13.5", from: "UK", to: ["EU"])) == ["EU 32", "EU 33"])
    }

    @Test func germanSizesAreTheEUColumnWhereItIsGerman() throws {
        let clothing = try converter(.clothingWomen)
        let german = try clothing.convert(size: "38", from: "DE", to: ["FR", "IT", "UK"])
        #expect(sizes(german) == ["UK 12", "FR 40", "IT 44"] && german.from?.system == "DE")
        #expect(sizes(try clothing.convert(size: "12", from: "UK", to: ["DE"])) == ["DE 38"])
        #expect(sizes(try clothing.convert(size: "44", from: "it", to: ["de"])) == ["DE 38"])
        // Asked for nothing in particular, the answer names EU once, not EU and DE.
        #expect(!(try clothing.convert(size: "12", from: "UK")).to.contains { $0.system == "DE" })
        let suits = try converter(.suitsMen)
        #expect(sizes(try suits.convert(size: "51", from: "DE", to: ["US"])) == ["US 40"])
        #expect(throws: ConvertError.self) { try converter(.shoesMen).convert(size: "42", from: "DE") }
    }

    @Test func jeansAskedInGermanSizesSayWhatToDoInstead() throws {
        let jeans = try converter(.jeans)
        do {
            _ = try jeans.convert(size: "38", from: "DE", to: ["US"])
            Issue.record("DE 38 is not a jeans size")
        } catch {
            guard case .incompatible(let why) = error else { Issue.record("\(error)"); return }
            #expect(why.contains("--category clothing-women") && why.contains("jeans-blog.eu"))
        }
        #expect(sizes(try jeans.convert(size: "W32", from: "US", to: ["cm"])) == ["cm 81"])
        // An entry without its source is bad data.
        let unsourced = """
            category: jeans
            notLabelledIn: [{systems: [DE], why: "inches"}]
            charts: [{id: a, source: test, rows: [{US: "W32", cm: "81"}]}]
            """
        #expect(throws: ConvertError.self) { try SizeTableReader.table(fromYAML: unsourced, source: "test.yml") }
    }

    @Test func suitSizesKeepTheirLength() throws {
        let suits = try converter(.suitsMen)
        let regular = try suits.convert(size: "40R", from: "US", to: ["UK", "EU"])
        #expect(sizes(regular) == ["UK 40R", "EU 51"] && regular.from?.size == "40R")
        #expect(regular.neighbours.up.contains { $0.system == "UK" && $0.size == "42R" })
        let long = try suits.convert(size: "40l", from: "US", to: ["UK", "DE"])
        #expect(sizes(long) == ["UK 40L", "DE 98"] && long.chart.id == "de-long-kuebler")
        #expect(sizes(try suits.convert(size: "38S", from: "UK", to: ["EU"])) == ["EU 24"])
        #expect(sizes(try suits.convert(size: "24", from: "DE", to: ["US"])) == ["US 38S"])
        #expect(sizes(try suits.convert(size: "106", from: "EU", to: ["US"])) == ["US 42L"])
        // Without a length the size is regular and written as before.
        #expect(sizes(try suits.convert(size: "40", from: "US", to: ["UK", "EU"])) == ["UK 40", "EU 51"])
        #expect(throws: ConvertError.self) { try suits.convert(size: "40X", from: "US") }
        #expect(throws: ConvertError.self) { try suits.convert(size: "40R", from: "EU") }
    }

    @Test func ringsTakeWholeAndHalfUKLettersAndUSQuarters() throws {
        let rings = try converter(.rings)
        #expect(sizes(try rings.convert(size: "L", from: "UK", to: ["US"])) == ["US 5.75"])
        #expect(sizes(try rings.convert(size: "m", from: "UK", to: ["US"])) == ["US 6.25"])
        #expect(sizes(try rings.convert(size: "L½", from: "UK", to: ["US"])) == ["US 6"])  // not read as ½ (W½)
        #expect(sizes(try rings.convert(size: "W½", from: "UK", to: ["US"])) == ["US 11.5"])
        #expect(sizes(try rings.convert(size: "5.25", from: "US", to: ["UK"])) == ["UK K"])
        #expect(sizes(try rings.convert(size: "6¾", from: "US", to: ["UK"])) == ["UK N"])
        for letter in ["A", "A½", "X½", "Z", "Z+1", "Z+3½"] {
            #expect(!(try rings.convert(size: letter, from: "UK", to: ["US"])).to.isEmpty, "UK \(letter)")
        }
    }

    @Test func australianBraBandsAreTheRetailersOnes() throws {
        let bras = try converter(.bras)
        let answer = try bras.convert(size: "34B", from: "UK", to: ["AU"])
        #expect(sizes(answer) == ["AU 12B"] && !answer.note.contains("Charts disagree"))
        #expect(sizes(try bras.convert(size: "12C", from: "AU", to: ["UK", "EU"])) == ["EU 75C", "UK 34C"])
    }

    @Test func aGermanMarketDraftAnswersInGermanSizes() throws {
        let clothing = try converter(.clothingWomen)
        let draft = DraftConverter(locale: try ICU.LocaleID(tag: "de-DE"), currency: "EUR", rates: nil, sizes: clothing)
        #expect(draft.convert("You ordered UK 12.").text == "You ordered UK 12 (DE 38).")
        let suits = DraftConverter(
            locale: try ICU.LocaleID(tag: "de-DE"), currency: "EUR", rates: nil, sizes: try converter(.suitsMen))
        #expect(suits.convert("Your jacket is US 40.").text == "Your jacket is US 40 (DE 51).")
    }

    @Test func aSystemSharingAnUndeclaredColumnIsRejected() {
        let yaml = """
            category: suits-men
            systems:
              - {id: DE, name: German, sameAs: XX}
            charts:
              - {id: a, source: test, rows: [{US: "40", DE: "51"}]}
            """
        #expect(throws: ConvertError.self) { try SizeTableReader.table(fromYAML: yaml, source: "test.yml") }
    }
}
