import Foundation
import Testing
import TactfulTestSupport

@Suite struct CheckCommandTests {
    /// Every deliberate problem listed in Examples/templates/README.md, reported exactly once.
    @Test func reportsEveryDeliberateProblemOnce() throws {
        let json = try CLI.json(["check", "Examples/templates", "--format", "json"])
        let files = try #require(json["files"] as? [[String: Any]])
        var seen: [String] = []
        for file in files {
            let path = (file["path"] as? String ?? "").replacingOccurrences(of: "Examples/templates/", with: "")
            for finding in file["findings"] as? [[String: Any]] ?? [] {
                seen.append("\(path):\(finding["line"] as? Int ?? 0) \(finding["rule"] as? String ?? "")")
            }
        }
        let expected = [
            "de-DE/refund.md:1 template.placeholder.inconsistent",
            "de-DE/shipping.liquid:3 template.placeholder.unbalanced-block",
            "en-US/delay.txt:1 template.missing-translation", "en-US/delay.txt:1 template.missing-translation",
            "fr-FR/refund.md:4 template.placeholder.malformed",
            "fr-FR/shipping.liquid:4 template.placeholder.unknown-variable",
            "fr-FR/shipping.liquid:4 template.placeholder.inconsistent",
            "fr-FR/delay.txt:3 template.suppression.unused",
            "ja-JP/refund.md:6 root.placeholder.filler", "exports/zendesk-macros.json:13 root.placeholder.bracket",
            "exports/library.csv:4 template.placeholder.malformed",
            "exports/library.yml:7 template.placeholder.inconsistent",
        ]
        for item in expected { #expect(seen.contains(item), "missing \(item)") }
        let templateRules = seen.filter { $0.contains(" template.") || $0.contains(" root.placeholder") }
        #expect(templateRules.sorted() == expected.sorted())
    }

    @Test func libraryFindingsHaveTheTemplateCategory() throws {
        let json = try CLI.json(["check", "Examples/templates", "--format", "json"])
        let findings = (json["files"] as? [[String: Any]] ?? []).flatMap { $0["findings"] as? [[String: Any]] ?? [] }
        var categories: [String: Set<String>] = [:]
        for finding in findings {
            categories[finding["rule"] as? String ?? "", default: []].insert(finding["category"] as? String ?? "")
        }
        #expect(categories["template.missing-translation"] == ["template"])
        #expect(categories["template.suppression.unused"] == ["template"])
        #expect(categories["template.placeholder.malformed"] == ["placeholder"])
        #expect(categories["template.placeholder.inconsistent"] == ["placeholder"])
        let summary = try #require((json["summary"] as? [String: Any])?["categories"] as? [String: Int])
        #expect(summary["template"] == 3)
        // The SARIF rule table (of the rules reported) says the same.
        let sarif = try CLI.json(["check", "Examples/templates", "--format", "sarif"])
        let driver = try #require(
            ((sarif["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let missing = try #require(rules.first { $0["id"] as? String == "template.missing-translation" })
        #expect((missing["properties"] as? [String: Any])?["category"] as? String == "template")
        #expect((missing["properties"] as? [String: Any])?["tags"] as? [String] == ["tactful", "template"])
    }

    @Test func aTemplateWithoutAMarketStillGetsTheChecksThatNeedNoLanguage() throws {
        let folder = Scratch.root.appendingPathComponent("tactful-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try """
        Hi {{ customer_name }},
        <!-- tactful-disable-next-line en.formality.slang -->
        Your refund of XXX is on its way to the card 4111 1111 1111 1111.
        Track it here: {{ tracking_url }
        Gonna be quick, promise!
        """.write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", folder.path, "--format", "json"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        let found = (file["findings"] as? [[String: Any]] ?? []).map {
            "\($0["line"] as? Int ?? 0) \($0["rule"] as? String ?? "") \($0["category"] as? String ?? "")"
        }
        #expect(
            found.sorted() == [
                "1 template.market-unknown template", "3 root.placeholder.filler placeholder",
                "3 root.privacy.card-number privacy", "4 template.placeholder.malformed placeholder",
            ], "\(found)")
        #expect(file["market"] as? String == "")
    }

    @Test func sarifAndJUnitAndGitHubFormats() throws {
        let sarif = try CLI.json(["check", "Examples/templates", "--format", "sarif"])
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count >= 12)
        #expect(results.allSatisfy { $0["ruleIndex"] is Int })
        let junit = try CLI.run(["check", "Examples/templates", "--format", "junit"])
        #expect(junit.stdout.hasPrefix("<?xml"))
        #expect(junit.stdout.contains("<failure type=\"error\""))
        let github = try CLI.run(["check", "Examples/templates", "--format", "github"])
        #expect(github.stdout.contains("::error file=Examples/templates/de-DE/shipping.liquid,line=3,"))
        #expect(github.status == 1)
    }

    @Test func junitCountsEveryFailureAndDeclaresErrors() throws {
        let junit = try CLI.run(["check", "Examples/templates", "--format", "junit"]).stdout
        let json = try CLI.json(["check", "Examples/templates", "--format", "json"])
        let summary = try #require(json["summary"] as? [String: Any])
        let findings = try #require(summary["findings"] as? Int), files = try #require(summary["files"] as? Int)
        #expect(junit.components(separatedBy: "<failure ").count - 1 == findings)
        #expect(junit.components(separatedBy: "<testcase ").count - 1 == files)
        let counts = #"tests="\#(files)" failures="\#(findings)" errors="0""#
        #expect(junit.contains(#"<testsuites name="tactful" \#(counts)>"#), "\(junit.prefix(300))")
        #expect(junit.contains(#"<testsuite name="tactful" \#(counts)>"#), "\(junit.prefix(300))")
    }

    @Test func stepSummaryKeepsEveryFindingOnOneTableRow() throws {
        let folder = Scratch.root.appendingPathComponent(
            "tactful-summary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("en-US"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Hi {{ name },\n".write(
            to: folder.appendingPathComponent("en-US/a\rb\r\nc|d\\e.txt"), atomically: true, encoding: .utf8)
        let summary = Scratch.root.appendingPathComponent("summary-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: summary) }
        let result = try CLI.run(
            ["check", ".", "--format", "github"], in: folder, environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(result.status == 1)
        let markdown = try String(contentsOf: summary, encoding: .utf8)
        #expect(!markdown.unicodeScalars.contains("\r"))
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") }
        #expect(
            rows == [
                "| severity | file | line | rule | message |", "| --- | --- | --- | --- | --- |",
                #"| error | ./en-US/a b c\|d\\e.txt | 1:4 | template.placeholder.malformed | The placeholder is not closed with }}. |"#,
            ], "\(markdown)")
    }

    /// A template's result names the channel it was linted for (the config's), as `lint` does.
    @Test func resultsReportTheChannelTheTemplateWasLintedFor() throws {
        let files = FileManager.default
        let folder = Scratch.root.appendingPathComponent("tactful-channel-\(UUID().uuidString)")
        try files.createDirectory(at: folder.appendingPathComponent("en-US"), withIntermediateDirectories: true)
        defer { try? files.removeItem(at: folder) }
        try "version: 1\nchannel: chat\n".write(
            to: folder.appendingPathComponent(".tactful.yml"), atomically: true, encoding: .utf8)
        try "Thanks for your order.\n".write(
            to: folder.appendingPathComponent("en-US/a.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", ".", "--format", "json"], in: folder)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let results = try #require(json["files"] as? [[String: Any]])
        #expect(results.map { $0["channel"] as? String } == ["chat"], "\(result.stdout)")
    }

    @Test func baselineAcceptsCurrentFindings() throws {
        let baseline = Scratch.root.appendingPathComponent(
            "baseline-\(UUID().uuidString).json"
        ).path
        #expect(try CLI.run(["check", "Examples/templates", "--write-baseline", baseline]).status == 0)
        let result = try CLI.run(["check", "Examples/templates", "--baseline", baseline])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("0 errors, 0 warnings"))
    }

    @Test func shardsPartitionTheLibrary() throws {
        var total = 0
        for shard in 1...3 {
            let json = try CLI.json(["check", "Examples/templates", "--format", "json", "--shard", "\(shard)/3"])
            total += (json["summary"] as? [String: Any])?["files"] as? Int ?? 0
        }
        let all = try CLI.json(["check", "Examples/templates", "--format", "json"])
        #expect(total == (all["summary"] as? [String: Any])?["files"] as? Int)
        #expect(try CLI.run(["check", "Examples/templates", "--shard", "4/3"]).status == 2)
    }
}
