import Foundation
import Testing
import TactfulTestSupport

@Suite struct MarketsCommandTests {
    @Test func showsHongKongAsJSON() throws {
        let json = try CLI.json(["markets", "show", "zh-HK", "--format", "json"])
        #expect(json["script"] as? String == "Hant")
        #expect(json["currency"] as? String == "HKD")
        #expect((json["timeZones"] as? [String])?.contains("Asia/Hong_Kong") == true)
        let chain = json["chain"] as? [String] ?? []
        #expect(!chain.isEmpty && !chain.contains("zh"))
    }

    @Test func unknownTagExitsTwoWithAHelpfulMessage() throws {
        let result = try CLI.run(["markets", "show", "xx-YY"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("'xx-YY'"))
        #expect(result.stderr.contains("closest known markets"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CLI.run(["markets", "show"]).status == 2)
        #expect(try CLI.run(["markets", "show", "de", "--format", "yaml"]).status == 2)
        #expect(try CLI.run(["no-such-command"]).status == 2)
    }

    @Test func listsEveryMarketWithAPack() throws {
        let json = try CLI.json(["markets", "--format", "json"])
        let tags = (json["markets"] as? [[String: Any]] ?? []).compactMap { $0["tag"] as? String }
        #expect(Set(tags).isSuperset(of: ["en-US", "de-AT", "ja-JP", "zh-TW", "ar-AE", "id-ID"]))
        #expect(!tags.contains("root"))
    }

    @Test func acceptLanguageNegotiation() throws {
        let json = try CLI.json(["markets", "show", "--accept-language", "fr-CA;q=0.5, de-AT", "--format", "json"])
        #expect(json["tag"] as? String == "de-AT")
    }

    @Test func helpTeachesWithExamples() throws {
        let help = try CLI.run(["markets", "show", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Examples:"))
        #expect(help.stdout.contains("--accept-language"))
    }

    @Test func worksFromAnyDirectory() throws {
        let result = try CLI.run(["markets", "show", "de-AT"], in: Scratch.root)
        #expect(result.status == 0)
        #expect(result.stdout.contains("de-AT → de → root"))
    }

    @Test func completionScriptsAreGenerated() throws {
        let result = try CLI.run(["--generate-completion-script", "bash"])
        #expect(result.status == 0 && result.stdout.contains("markets"))
    }
}
