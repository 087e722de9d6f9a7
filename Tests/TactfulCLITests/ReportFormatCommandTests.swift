import Foundation
import Testing
import TactfulTestSupport

/// `lint` and `check` take the same `--format`s from one registry, and `github` behaves the same in both.
@Suite struct ReportFormatCommandTests {
    static let formats = ["text", "json", "sarif", "github", "junit"]

    @Test(arguments: ["lint", "check"])
    func helpListsEveryRegisteredFormat(command: String) throws {
        let help = try CLI.run([command, "--help"]).stdout
        for format in Self.formats { #expect(help.contains("\(format) "), "\(command) --help lacks \(format)") }
        #expect(help.contains("JUnit XML"), "\(help)")
    }

    @Test func lintWritesJUnit() throws {
        let result = try CLI.run(["lint", "--market", "en-US", "--format", "junit", "-"], input: "Hi {{name}}")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
        #expect(result.stdout.contains(#"<testsuites name="tactful" tests="1" failures="1" errors="0">"#))
        #expect(result.stdout.contains(#"<failure type="error" message="1:4 "#), "\(result.stdout)")
    }

    /// Twelve errors: ten annotations, a count of the rest, and all twelve in the job summary, as `check` does.
    @Test func lintCapsGitHubAnnotationsAndWritesTheJobSummary() throws {
        let folder = Scratch.root.appendingPathComponent("tactful-gh-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try String(repeating: "Hi {{name}}\n", count: 12).write(
            to: folder.appendingPathComponent("reply.txt"), atomically: true, encoding: .utf8)
        let summary = folder.appendingPathComponent("summary.md")
        let result = try CLI.run(
            ["lint", "--market", "en-US", "--format", "github", "reply.txt"], in: folder,
            environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("::error file=reply.txt,") }.count == 10, "\(result.stdout)")
        #expect(
            lines.last
                == "tactful: 2 more finding(s) not annotated (GitHub's per-step cap); all are listed in the job summary"
        )
        let markdown = try String(contentsOf: summary, encoding: .utf8)
        #expect(markdown.split(separator: "\n").filter { $0.hasPrefix("| error | reply.txt |") }.count == 12)
    }
}

/// The version is written once: `tactful --version`, the service binary and the SARIF driver agree.
@Suite struct VersionTests {
    @Test func everyDoorPrintsTheSameVersion() throws {
        let version = try CLI.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.split(separator: ".").count == 3, "\(version)")
        let sarif = try CLI.json(["lint", "--market", "en-US", "--format", "sarif", "-"], input: "Hi {{name}}")
        let driver =
            ((sarif["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any]
        #expect(driver?["version"] as? String == version)
    }
}
