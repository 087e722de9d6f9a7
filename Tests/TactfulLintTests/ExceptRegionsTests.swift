import Testing

@testable import TactfulLint

/// `except-regions:` leaves a rule out of the markets of those regions.
@Suite struct ExceptRegionsTests {
    func zipCode(_ text: String, _ tag: String) throws -> [String] {
        try builtInFindings(text, tag) { $0.rule == "root.vocabulary.zip-code" }.map(\.match)
    }

    @Test func aUSTermIsReportedOutsideTheUSOnly() throws {
        #expect(try zipCode("Proszę podać kod ZIP.", "pl-PL") == ["kod ZIP"])
        #expect(try zipCode("Per favore, indichi il codice ZIP.", "it-IT") == ["codice ZIP"])
        #expect(try zipCode("Please check the zip code.", "en-US").isEmpty)
        // The English pack of the United Kingdom reports it with its own rule.
        #expect(try zipCode("Please check the zip code.", "en-GB").isEmpty)
    }
}
