import Foundation
import Testing
import TactfulTestSupport

@Suite struct ConvertCommandTests {
    private func ratesFile() throws -> String {
        let path = Scratch.root.appendingPathComponent(
            "tactful-rates-\(UUID().uuidString).json")
        try #"{"date":"2026-03-13","rates":{"USD":"1.0818"}}"#.write(to: path, atomically: true, encoding: .utf8)
        return path.path
    }

    @Test func rewritesADraftForTheMarket() throws {
        let result = try CLI.run([
            "convert", "The strap is 10 inches and costs $49.99.", "--market", "fr-FR", "--rates", ratesFile(),
        ])
        #expect(result.status == 0)
        let plain = result.stdout.replacingOccurrences(of: "\u{a0}", with: " ").replacingOccurrences(
            of: "\u{202f}", with: " ")
        #expect(plain == "The strap is 10 inches (25,4 cm) and costs $49.99 (≈ 46,21 €).\n")
    }

    @Test func jsonListsConversionsWithSpans() throws {
        let json = try CLI.json(
            ["convert", "-", "--market", "de-DE", "--rates", ratesFile(), "--format", "json"], input: "Only $49.99!")
        let conversions = json["conversions"] as? [[String: Any]] ?? []
        #expect(conversions.count == 1)
        let span = conversions.first?["span"] as? [String: Any]
        #expect(span?["start"] as? Int == 5 && span?["end"] as? Int == 11)
        #expect(conversions.first?["replacement"] as? String == "$49.99 (≈ 46,21\u{a0}€)")
    }

    @Test func readsDatesInTheDraftsLanguage() throws {
        let result = try CLI.run([
            "convert", "Lieferung am 3. März 2026.", "--market", "fr-FR", "--draft-language", "de",
        ])
        #expect(result.status == 0 && result.stdout == "Lieferung am 3 mars 2026.\n")
        let japanese = try CLI.run(["convert", "発送日は2026年3月3日です。", "--market", "en-US", "--draft-language", "ja"])
        #expect(japanese.stdout == "発送日はMar 3, 2026です。\n")
    }

    @Test func badMarketExitsTwo() throws {
        #expect(try CLI.run(["convert", "10 in", "--market", "xx-YY"]).status == 2)
        #expect(try CLI.run(["convert", "10 in", "--market", "de-DE", "--draft-language", "xx-YY"]).status == 2)
    }
}
