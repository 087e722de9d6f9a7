import Foundation
import Testing
import TactfulTestSupport

/// Bad input gets a one-line error (or a clean result) and the documented exit code: never a crash or a hang.
@Suite struct HostileInputTests {
    let folder: URL = {
        let folder = Scratch.root.appendingPathComponent(
            "tactful-hostile-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    func file(_ name: String, _ data: Data) throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    func lint(_ path: String, market: String = "en-US", _ extra: [String] = []) throws -> CLI.Result {
        try CLI.run(["lint", "--market", market] + extra + [path])
    }

    @Test func invalidUTF8AndUTF16AreInputErrors() throws {
        let cases: [(String, [UInt8])] = [
            ("latin1.txt", [0x63, 0x61, 0x66, 0xE9]), ("utf16.txt", [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00]),
        ]
        for (name, bytes) in cases {
            let result = try lint(try file(name, Data(bytes)))
            #expect(result.status == 2)
            #expect(result.stderr.contains("not valid UTF-8"))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func nulBytesAreRefused() throws {
        let result = try lint(try file("nul.txt", Data("Hi\0there".utf8)))
        #expect(result.status == 2 && result.stderr.contains("NUL"))
    }

    @Test func aBOMIsSkippedAndPositionsStayRight() throws {
        let json = try CLI.json([
            "lint", "--market", "en-US", "--format", "json",
            try file("bom.txt", Data([0xEF, 0xBB, 0xBF] + Array("Hi {{name}}".utf8))),
        ])
        let finding = ((json["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])?.first
        #expect(finding?["column"] as? Int == 4)
    }

    @Test(arguments: ["\r\n", "\r"])
    func lineEndingsKeepPositionsRight(ending: String) throws {
        let text = ["Thanks.", "", "Hi {{name}}"].joined(separator: ending)
        let json = try CLI.json(["lint", "--market", "en-US", "--format", "json", try file("eol.txt", Data(text.utf8))])
        let finding = ((json["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])?.first
        #expect(finding?["line"] as? Int == 3)
        #expect(finding?["column"] as? Int == 4)
    }

    @Test func oversizedFilesAreRefusedWithAClearMessage() throws {
        let big = try file("big.txt", Data(repeating: 0x61, count: 17 << 20))
        let result = try lint(big)
        #expect(result.status == 2)
        #expect(result.stderr.contains("larger than 16 MiB"))
    }

    @Test func aOneMegabyteLineIsLinted() throws {
        let line = String(repeating: "We will refund you soon ", count: 45_000) + "{{name}}"
        let result = try lint(try file("long.txt", Data(line.utf8)))
        #expect(result.status == 1)
        #expect(result.stdout.contains("root.placeholder.mustache"))
    }

    @Test func yamlBombsAndBrokenPacksNameTheProblem() throws {
        let bomb = """
            pack: en-US
            a: &a ["x","x","x","x","x","x","x","x","x"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            rules: []
            """
        let bombResult = try CLI.run(["rules", "test", try file("en-US.yml", Data(bomb.utf8))])
        #expect(bombResult.status == 2 && bombResult.stderr.contains("unknown key 'a'"))
        let unknownKind =
            "pack: en-US\nrules:\n  - id: x.y\n    kind: telepathy\n    category: taboo\n    message: m\n    source: s\n"
        let kindResult = try CLI.run(["rules", "test", try file("kind.yml", Data(unknownKind.utf8))])
        #expect(kindResult.status == 2)
        #expect(kindResult.stderr.contains("kind.yml:4:11: error: unknown rule kind 'telepathy'"))
        let nested =
            "pack: en-US\nrules: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"
        let nestedResult = try CLI.run(["rules", "test", try file("nested.yml", Data(nested.utf8))])
        #expect(nestedResult.status == 2)
        let broken = try CLI.run(["rules", "test", try file("broken.yml", Data("pack: [unclosed\n".utf8))])
        #expect(broken.status == 2 && broken.stderr.contains("broken.yml:"))
    }

    @Test func catastrophicUserRegexBecomesAFindingAboutTheRule() throws {
        let packs = folder.appendingPathComponent("packs")
        try FileManager.default.createDirectory(at: packs, withIntermediateDirectories: true)
        try """
        pack: en-US
        rules:
          - id: evil.regex
            kind: pattern
            category: readability
            message: Evil.
            source: A test of ICU's regex limits.
            regex: '(a+)+$'
            examples: {trigger: ["aaa!"], clean: ["b"]}
        """.write(to: packs.appendingPathComponent("en-US.yml"), atomically: true, encoding: .utf8)
        let config = try file("evil.yml", Data("version: 1\npacks: [\(packs.path)]\n".utf8))
        let draft = try file("evil.txt", Data((String(repeating: "a", count: 30_000) + "!").utf8))
        let started = Date()
        let result = try CLI.run(["lint", "--config", config, "--market", "en-US", draft])
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(result.status == 1)
        #expect(result.stdout.contains("The rule could not run on this text"))
        #expect(result.stdout.contains("evil.regex"))
    }

    @Test func invalidMarketsZonesDurationsAndDates() throws {
        #expect(try CLI.run(["lint", "--market", "!!", "-"], input: "x").status == 2)
        #expect(try CLI.run(["markets", "show", String(repeating: "a", count: 10_000)]).status == 2)
        let schedule = try file("team.yml", Data("timezone: Asia/Shanghai\nhours:\n  mon: [\"09:00-18:00\"]\n".utf8))
        for arguments in [
            ["sla", "due", "--schedule", schedule, "--from", "2026-03-02T10:00:00Z", "--target", "-8h"],
            ["sla", "due", "--schedule", schedule, "--from", "2026-02-30T10:00:00Z", "--target", "8h"],
            [
                "sla", "due", "--schedule", schedule, "--from", "2026-03-02T10:00:00Z", "--target", "8h",
                "--customer-tz", "Mars/Base",
            ],
            ["sla", "due", "--schedule", schedule, "--from", "2026-03-02T10:00:00Z", "--target", "999999999h"],
            ["sla", "due", "--schedule", schedule, "--from", "yesterday", "--target", "8h"],
        ] {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stdout) \(result.stderr)")
            #expect(!result.stderr.isEmpty)
        }
    }

    @Test func missingFilesAndSymlinkLoopsAreHandled() throws {
        #expect(try lint(folder.appendingPathComponent("missing.txt").path).status == 2)
        let loop = folder.appendingPathComponent("loop")
        try FileManager.default.createDirectory(at: loop, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: loop.appendingPathComponent("self").path, withDestinationPath: loop.path)
        try "Thanks for your order.".write(to: loop.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let result = try lint(loop.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 file"))
    }

    @Test func fixRefusesAFileThatChangedOrIsReadOnly() throws {
        let path = try file("ro.txt", Data("Call us at 5pm.".utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let result = try lint(path, market: "de-DE", ["--fix"])
        // As root, permission bits do not stop writes; elsewhere the file is left alone with a one-line error.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == "Call us at 5pm." || text == "Call us at 17:00.")
        #expect(result.status != 0 || text == "Call us at 17:00.")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
