import Foundation
import Testing
import TactfulTestSupport

@Suite struct MoneyCommandTests {
    /// A rates file for the tests (made-up rates, chosen so that 49.99 USD is 46.21 EUR as in the issue).
    private func ratesFile() throws -> String {
        let path = Scratch.root.appendingPathComponent(
            "tactful-rates-\(UUID().uuidString).csv")
        try "currency,rate\ndate,2026-03-13\nUSD,1.0818\nJPY,161.50\nCHF,0.9561\n".write(
            to: path, atomically: true, encoding: .utf8)
        return path.path
    }

    @Test func convertsForAMarketAsJSON() throws {
        let json = try CLI.json([
            "money", "convert", "49.99", "USD", "--to", "EUR", "--market", "de-DE", "--rates", ratesFile(), "--format",
            "json",
        ])
        #expect(json["amount"] as? String == "46.21")
        #expect(json["currency"] as? String == "EUR")
        #expect(json["formatted"] as? String == "46,21\u{a0}€")
        #expect(json["ratesDate"] as? String == "2026-03-13")
        #expect(json["rate"] is String && json["source"] is String)
    }

    @Test func formatsLikeSystemICU() throws {
        let json = try CLI.json(["money", "format", "1234.5", "JPY", "--market", "ja-JP", "--format", "json"])
        #expect(json["formatted"] as? String == "￥1,235")
        #expect(try CLI.run(["money", "format", "1234.5", "EUR", "--market", "de-DE"]).stdout == "1.234,50\u{a0}€\n")
        #expect(
            try CLI.run(["money", "format", "1234.53", "CHF", "--market", "de-CH", "--cash"]).stdout
                == "CHF\u{a0}1’234.55\n")
    }

    @Test func offlineWithoutCacheExplainsHowToPassRates() throws {
        let cache = Scratch.root.appendingPathComponent("tactful-xdg-\(UUID().uuidString)")
        let result = try CLI.run(
            ["money", "convert", "1", "USD", "--to", "EUR", "--rates-url", "http://127.0.0.1:9/eurofxref-daily.xml"],
            environment: ["XDG_CACHE_HOME": cache.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--rates FILE"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func badInputExitsTwo() throws {
        #expect(try CLI.run(["money", "format", "abc", "EUR", "--market", "de-DE"]).status == 2)
        #expect(try CLI.run(["money", "convert", "1", "USD", "--to", "XYZ", "--rates", ratesFile()]).status == 2)
        #expect(try CLI.run(["money", "convert", "1", "USD", "--to", "EUR", "--rates", "/no/such/file"]).status == 2)
    }
}
