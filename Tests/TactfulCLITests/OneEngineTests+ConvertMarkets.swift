import Foundation
import TactfulAPI
import Testing

/// `tactful convert` and `tactful markets` print what the engine answers and reject what it rejects.
extension OneEngineTests {
    @Test(arguments: [
        DraftConvertRequest(text: "The strap is 10 inches long and ships on March 3, 2026 at 5 pm.", market: "de-DE"),
        DraftConvertRequest(text: "Take EU 42.", market: "en-US", category: "shoes-men"),
        DraftConvertRequest(text: "Lieferung am 3. März 2026 um 14:30", market: "fr-FR", draftLanguage: "de"),
        DraftConvertRequest(text: "It weighs 2 pounds.", market: "ja-JP", draftLanguage: "en, de"),
    ])
    func convertAnswersAlike(_ request: DraftConvertRequest) throws {
        var arguments = ["convert", request.text, "--market", request.market, "--format", "json"]
        if let category = request.category { arguments += ["--category", category] }
        if let languages = request.draftLanguage { arguments += ["--draft-language", languages] }
        let answer = try Self.engine.get().convertDraft(request, rates: nil)
        #expect(try Self.object(try CLI.run(arguments).stdout) == Self.object(answer))
    }

    @Test func convertRejectsAlike() throws {
        let engine = try Self.engine.get()
        let cases: [(DraftConvertRequest, [String])] = [
            (DraftConvertRequest(text: "10 inches", market: "xx-YY"), ["--market", "xx-YY"]),
            (
                DraftConvertRequest(text: "10 inches", market: "de-DE", draftLanguage: "de,not a tag"),
                ["--market", "de-DE", "--draft-language", "de,not a tag"]
            ),
        ]
        for (request, options) in cases {
            let error = try #require(throws: FieldError.self) { try engine.convertDraft(request, rates: nil) }
            let result = try CLI.run(["convert", request.text] + options)
            // The resolver's message names the tag itself, so no option is prefixed (as before the CLI used the
            // engine).
            #expect(result.status == 2 && result.stderr == "tactful: error: \(error.message)\n", "\(options)")
        }
    }

    @Test func marketsListAlike() throws {
        let cli = try CLI.run(["markets", "list", "--format", "json"])
        let answer = try Self.engine.get().knownMarketList()
        #expect(try Self.object(cli.stdout) == Self.object(["markets": answer]))
        #expect(try answer.count == Self.engine.get().markets.count)
    }

    @Test(arguments: [("zh-HK", nil), ("JP", nil), ("pt_BR", nil), (nil, "de-CH, de;q=0.9")] as [(String?, String?)])
    func marketsShowAlike(tag: String?, acceptLanguage: String?) throws {
        let arguments = ["markets", "show"] + (tag.map { [$0] } ?? ["--accept-language", acceptLanguage ?? ""])
        let answer = try Self.engine.get().market(tag: tag, acceptLanguage: acceptLanguage)
        #expect(try Self.object(try CLI.run(arguments + ["--format", "json"]).stdout) == Self.object(answer))
    }

    @Test func marketsShowRejectsAlike() throws {
        for (tag, header) in [("xx-YY", nil), (nil, "tlh")] as [(String?, String?)] {
            let error = try #require(throws: FieldError.self) {
                try Self.engine.get().market(tag: tag, acceptLanguage: header)
            }
            let result = try CLI.run(["markets", "show"] + (tag.map { [$0] } ?? ["--accept-language", header ?? ""]))
            #expect(result.status == 2 && result.stderr == "tactful: error: \(error.message)\n")
        }
    }
}
