import Foundation
import Testing
import TactfulTestSupport

@Suite struct LintCommandTests {
    func temporaryFolder() throws -> URL {
        let folder = Scratch.root.appendingPathComponent("tactful-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func jsonHasTheContractFields() throws {
        let json = try CLI.json(["lint", "--market", "en-US", "--format", "json", "-"], input: "Hi {{first_name}}!")
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.first?["path"] as? String == "-")
        #expect(files.first?["market"] as? String == "en-US")
        let finding = try #require((files.first?["findings"] as? [[String: Any]])?.first)
        for key in [
            "rule", "category", "severity", "message", "match", "line", "column", "endLine", "endColumn", "fixes",
        ] {
            #expect(finding[key] != nil, "missing \(key)")
        }
        #expect(finding["match"] as? String == "{{first_name}}")
        #expect((json["summary"] as? [String: Any])?["errors"] as? Int == 1)
    }

    @Test func exitCodesFollowFailOn() throws {
        #expect(try CLI.run(["lint", "--market", "en-US", "-"], input: "Thanks for your order.").status == 0)
        #expect(try CLI.run(["lint", "--market", "en-US", "-"], input: "Hi {{name}}").status == 1)
        #expect(try CLI.run(["lint", "--market", "de-DE", "-"], input: "Das Paket kommt um 5pm.").status == 0)
        #expect(
            try CLI.run(["lint", "--market", "de-DE", "--fail-on", "warning", "-"], input: "Das Paket kommt um 5pm.")
                .status == 1)
        #expect(try CLI.run(["lint", "--market", "xx-YY", "-"], input: "x").status == 2)
        #expect(try CLI.run(["lint", "--market", "en-US"]).status == 2)
    }

    @Test func githubAnnotationsAreEscaped() throws {
        let result = try CLI.run(["lint", "--market", "en-US", "--format", "github", "-"], input: "Hi {{a,b}}")
        #expect(result.stdout.hasPrefix("::error file=-,line=1,col=4,"))
        #expect(result.stdout.contains("title=root.placeholder.mustache (placeholder)::"))
    }

    @Test func sarifIsStructurallyValid() throws {
        let json = try CLI.json(["lint", "--market", "de-DE", "--format", "sarif", "-"], input: "Um 5pm, {{name}}")
        #expect(json["version"] as? String == "2.1.0")
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            let region = try #require(location?["region"] as? [String: Any])
            #expect((region["startLine"] as? Int ?? 0) >= 1 && (region["startColumn"] as? Int ?? 0) >= 1)
        }
        for rule in rules { #expect((rule["help"] as? [String: Any])?["text"] != nil) }
    }

    @Test func githubAnnotationsEscapeCarriageReturnsInCRLF() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("a\r\nb.txt")
        try "Hi {{name}}".write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["lint", "--market", "en-US", "--format", "github", "a\r\nb.txt"], in: folder)
        #expect(result.stdout.hasPrefix("::error file=a%0D%0Ab.txt,line=1,col=4,"), "\(result.stdout)")
        #expect(!result.stdout.unicodeScalars.contains("\r"))
    }

    /// SARIF locations: relative to `%SRCROOT%`, the reported file's git work tree (else the current directory),
    /// named in `originalUriBaseIds`; absolute `file://` URIs outside it.
    @Test func sarifLocationsAreRelativeToTheSourceRoot() throws {
        let folder = try temporaryFolder().resolvingSymlinksInPath()
        let repository = folder.appendingPathComponent("repo")
        try FileManager.default.createDirectory(
            at: repository.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: repository.appendingPathComponent("replies"), withIntermediateDirectories: true)
        let draft = repository.appendingPathComponent("replies/de #1.txt"),
            loose = folder.appendingPathComponent("loose.txt")
        for file in [draft, loose] { try "Um 5pm, {{name}}".write(to: file, atomically: true, encoding: .utf8) }

        func locations(_ arguments: [String], in directory: URL) throws -> (root: String?, uris: [[String: String]]) {
            let result = try CLI.run(["lint", "--market", "de-DE", "--format", "sarif"] + arguments, in: directory)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let run = try #require((json["runs"] as? [[String: Any]])?.first)
            let root = ((run["originalUriBaseIds"] as? [String: Any])?["%SRCROOT%"] as? [String: String])?["uri"]
            let uris = (run["results"] as? [[String: Any]] ?? []).compactMap {
                (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?[
                    "artifactLocation"]
                    as? [String: String]
            }
            return (root, uris)
        }

        // An absolute path into a work tree, from outside it; a file outside that work tree keeps an absolute URI.
        let fromOutside = try locations([draft.path, loose.path], in: folder)
        #expect(fromOutside.root == "file://\(repository.path)/")
        #expect(
            Set(fromOutside.uris) == [
                ["uri": "replies/de%20%231.txt", "uriBaseId": "%SRCROOT%"], ["uri": "file://\(folder.path)/loose.txt"],
            ])
        // A relative path from inside the work tree names the same location.
        let fromInside = try locations(["de #1.txt"], in: repository.appendingPathComponent("replies"))
        #expect(fromInside.root == "file://\(repository.path)/")
        #expect(Set(fromInside.uris) == [["uri": "replies/de%20%231.txt", "uriBaseId": "%SRCROOT%"]])
        // No work tree: relative to the current directory; standard input stays `-`.
        let noWorkTree = try locations(["loose.txt"], in: folder)
        #expect(noWorkTree.root == "file://\(folder.path)/")
        #expect(Set(noWorkTree.uris) == [["uri": "loose.txt", "uriBaseId": "%SRCROOT%"]])
        let standardInput = try CLI.json(["lint", "--market", "de-DE", "--format", "sarif", "-"], input: "Um 5pm")
        let stdinResult = try #require(
            ((standardInput["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        let stdinLocation =
            ((stdinResult["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?[
                "artifactLocation"]
        #expect(stdinLocation as? [String: String] == ["uri": "-"])
    }

    @Test func configAndDataFilesHandedExplicitlyAreSkipped() throws {
        let folder = try temporaryFolder()
        let files = [
            ".tactful.yml": "version: 1\nmarket: en-US\n", "macros.json": "[]\n", "library.csv": "key,locale,body\n",
            "notes.yaml": "a: 1\n", "reply.txt": "Thanks for your order. It ships tomorrow.\n",
        ]
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let result = try CLI.run(
            ["lint", ".tactful.yml", "macros.json", "reply.txt", "library.csv", "notes.yaml"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.split(separator: "\n") == [
                "tactful: .tactful.yml: skipped: not a draft", "tactful: macros.json: skipped: not a draft",
                "tactful: library.csv: skipped: not a draft", "tactful: notes.yaml: skipped: not a draft",
            ])
        #expect(result.stdout.contains("1 file: 0 errors"), "\(result.stdout)")
        let onlyConfig = try CLI.run(["lint", "--format", "json", ".tactful.yml"], in: folder)
        #expect(onlyConfig.status == 0 && onlyConfig.stderr == "tactful: .tactful.yml: skipped: not a draft\n")
        let report = try JSONSerialization.jsonObject(with: Data(onlyConfig.stdout.utf8)) as? [String: Any]
        #expect((report?["files"] as? [Any])?.isEmpty == true)
    }

    @Test func fixWritesAtomicallyAndASecondRunChangesNothing() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("reply.txt")
        try "Wir rufen Sie um 5pm an. Der Riemen ist 10 inches lang.\n".write(
            to: file, atomically: true, encoding: .utf8)
        _ = try CLI.run(["lint", "--market", "de-DE", "--fix", file.path])
        let once = try String(contentsOf: file, encoding: .utf8)
        #expect(once == "Wir rufen Sie um 17:00 an. Der Riemen ist 10 inches (25,4 cm) lang.\n")
        _ = try CLI.run(["lint", "--market", "de-DE", "--fix", file.path])
        #expect(try String(contentsOf: file, encoding: .utf8) == once)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["reply.txt"])
    }

    @Test func fixUnsafeNeverTurnsARefusalIntoAPromise() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("reply.txt")
        let refusal = "Unfortunately, we can't refund the shipping fee. As I already said, it was sent on time.\n"
        try refusal.write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["lint", "--market", "en-GB", "--fix-unsafe", file.path])
        // The meaning-preserving rewording is applied; the refusal keeps its negation and is shown as an example.
        #expect(
            try String(contentsOf: file, encoding: .utf8)
                == "Unfortunately, we can't refund the shipping fee. To recap, it was sent on time.\n")
        #expect(result.stdout.contains("suggestion, not applied"))
        #expect(result.stdout.contains("— market en-GB, channel email"))
    }

    @Test func configMapsPathsToMarketsAndSwitchesRulesOff() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("de"), withIntermediateDirectories: true)
        try """
        version: 1
        markets:
          - {glob: "de/**", market: de-DE}
        rules: {root.readability.exclamations: off}
        """.write(to: folder.appendingPathComponent(".tactful.yml"), atomically: true, encoding: .utf8)
        try "Wir rufen um 5pm an!!!".write(
            to: folder.appendingPathComponent("de/a.txt"), atomically: true, encoding: .utf8)
        let json = try CLI.json(["lint", "--format", "json", folder.appendingPathComponent("de").path])
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        #expect(file["market"] as? String == "de-DE")
        let rules = (file["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(rules == ["root.date-time.clock"])
    }

    @Test func badConfigPointsIntoTheFile() throws {
        let folder = try temporaryFolder()
        let config = folder.appendingPathComponent("bad.yml")
        try "version: 1\nmarkt: de-DE\n".write(to: config, atomically: true, encoding: .utf8)
        let result = try CLI.run(["lint", "--config", config.path, "--market", "de-DE", "-"], input: "Hallo")
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.yml:2:1: error: unknown key 'markt'"))
    }

    @Test func invalidUTF8IsAOneLineInputError() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("bad.txt")
        try Data([0x48, 0x69, 0xFF, 0xFE]).write(to: file)
        let result = try CLI.run(["lint", "--market", "en-US", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("not valid UTF-8 (first bad byte at offset 2)"))
    }

    @Test func chineseMessagesForAgents() throws {
        let result = try CLI.run(["lint", "--market", "en-US", "--ui-language", "zh-Hans", "-"], input: "Hi {{name}}")
        #expect(result.stdout.contains("模板占位符未填写"))
    }

    @Test func rulesTestRunsAUserPack() throws {
        let folder = try temporaryFolder()
        let pack = folder.appendingPathComponent("acme.yml")
        try """
        pack: en-US
        rules:
          - id: acme.vocabulary.brand
            kind: substitution
            category: vocabulary
            message: Write the brand as Acme.
            source: Acme brand guide 2026, p. 3.
            pairs: {ACME Corp: Acme}
            examples:
              trigger: ["Thanks for shopping at ↓ACME Corp."]
              clean: ["Thanks for shopping at Acme."]
        """.write(to: pack, atomically: true, encoding: .utf8)
        let result = try CLI.run(["rules", "test", pack.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("1 passed, 0 failed"))
    }
}
