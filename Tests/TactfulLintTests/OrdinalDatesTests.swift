import TactfulICU
import Testing

@testable import TactfulLint

/// A day's ordinal full stop before a month name ("am 6. Oktober") is not a sentence end; other full stops are.
@Suite struct OrdinalDatesTests {
    private func sentences(_ text: String, _ tag: String = "de-DE") throws -> [String] {
        let document = try Document(text: text, language: try ICU.LocaleID(tag: tag), pool: ICUPool())
        return document.sentences.map { document.string($0) }
    }

    @Test func aDayBeforeAMonthStaysInItsSentence() throws {
        #expect(
            try sentences("Wir rufen Sie am 6. Oktober an. Danke!") == ["Wir rufen Sie am 6. Oktober an. ", "Danke!"])
        #expect(try sentences("Lieferung bis zum 3. März, versprochen.") == ["Lieferung bis zum 3. März, versprochen."])
        #expect(try sentences("Geschlossen am 24. Dez. und am 31. Dez.") == ["Geschlossen am 24. Dez. und am 31. Dez."])
    }

    @Test func otherFullStopsStillEndASentence() throws {
        #expect(
            try sentences("Ihre Bestellnummer ist 12345. Oktober ist bald.") == [
                "Ihre Bestellnummer ist 12345. ", "Oktober ist bald.",
            ])
        #expect(try sentences("Das war Punkt 3. Wir melden uns.") == ["Das war Punkt 3. ", "Wir melden uns."])
    }
}
