import Foundation
import Testing

@testable import TactfulLint
import TactfulTestSupport

/// Every registered reporter renders ``ReporterFixture/report`` exactly as its golden file in
/// `Fixtures/Reporters/<identifier>.golden` says.
///
/// After an intended change of a format, regenerate the golden files and review their diff:
///
///     TACTFUL_REGENERATE_GOLDEN=1 swift test --filter ReporterGoldenTests
///
/// (the run writes into `Tests/TactfulLintTests/Fixtures/Reporters` in the source tree and fails, so that a
/// regenerating run is never mistaken for a passing one).
@Suite struct ReporterGoldenTests {
    /// The SARIF root is fixed so that the output does not depend on where the tests run.
    static let settings = ReporterSettings(
        sourceRoot: SARIFSourceRoot(path: "/work/repo", currentDirectory: "/work/repo"))

    @Test(arguments: ReportFormat.allCases)
    func reporterMatchesItsGoldenFile(format: ReportFormat) throws {
        let output = try format.reporter(Self.settings).render(ReporterFixture.report, rules: ReporterFixture.rules)
        try GoldenFile("\(format.rawValue).golden").expect(output)
    }

    @Test func coloredTextMatchesItsGoldenFile() throws {
        let output = try TextReporter(color: true).render(ReporterFixture.report, rules: [])
        try GoldenFile("text-color.golden").expect(output)
    }

    @Test func githubJobSummaryMatchesItsGoldenFile() throws {
        let summary = Scratch.root.appendingPathComponent("summary-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: summary) }
        try "Earlier step\n".write(to: summary, atomically: true, encoding: .utf8)
        let reporter = GitHubReporter(stepSummaryPath: summary.path)
        let output = try reporter.render(ReporterFixture.report, rules: [])
        #expect(output == (try GitHubReporter().render(ReporterFixture.report, rules: [])))
        let markdown = try String(contentsOf: summary, encoding: .utf8)
        #expect(markdown.hasPrefix("Earlier step\n## Tactful:"), "appends, never overwrites")
        try GoldenFile("github-summary.golden").expect(String(markdown.dropFirst("Earlier step\n".count)))
    }
}

/// A golden file of `Fixtures/Reporters`: read from the test bundle, rewritten in the source tree when
/// `TACTFUL_REGENERATE_GOLDEN` is set.
struct GoldenFile {
    let name: String

    init(_ name: String) { self.name = name }

    func expect(_ output: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["TACTFUL_REGENERATE_GOLDEN"] != nil {
            let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Fixtures/Reporters")
            try Data(output.utf8).write(to: folder.appendingPathComponent(name), options: .atomic)
            Issue.record(
                "regenerated \(name): review the diff and run again without TACTFUL_REGENERATE_GOLDEN",
                sourceLocation: sourceLocation)
            return
        }
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/Reporters"),
            "no golden file \(name): run with TACTFUL_REGENERATE_GOLDEN=1", sourceLocation: sourceLocation)
        let golden = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(output == golden, "\(name) differs from its golden file", sourceLocation: sourceLocation)
    }
}
