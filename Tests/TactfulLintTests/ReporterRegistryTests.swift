import Foundation
import Testing

@testable import TactfulLint

/// The registry serves `lint` and `check` alike; the GitHub cap and streaming behave as documented.
@Suite struct ReporterRegistryTests {
    @Test func everyFormatIsRegisteredOnceUnderItsOwnName() {
        let names = ReportFormat.registered.map { $0.identifier }
        #expect(names == ["text", "json", "sarif", "github", "junit"])
        #expect(Set(names).count == names.count)
        for format in ReportFormat.allCases {
            #expect(ReportFormat(rawValue: format.rawValue) == format)
            #expect(type(of: format.reporter()).identifier == format.rawValue)
            #expect(!format.summary.isEmpty)
        }
        #expect(ReportFormat(rawValue: "xml") == nil)
    }

    /// Streaming file by file prints, line for line, what rendering the whole report prints.
    @Test(arguments: ReportFormat.allCases)
    func streamingPrintsWhatTheWholeReportRenders(format: ReportFormat) throws {
        let reporter = format.reporter(ReporterGoldenTests.settings)
        var stream = ReportStream(reporter: reporter)
        var printed = try ReporterFixture.report.files.map { stream.add(try ReportStream.Part($0, for: reporter)) }
            .filter { !$0.isEmpty }
        let (report, closing) = try stream.finish(rules: ReporterFixture.rules)
        printed.append(closing)
        let whole = try reporter.render(ReporterFixture.report, rules: ReporterFixture.rules)
        #expect(printed.joined(separator: "\n") == whole)
        #expect(report.summary == ReporterFixture.report.summary)
        #expect(report.files.allSatisfy { $0.text.isEmpty }, "the stream keeps no draft text")
    }

    /// JSON put together from per-file pieces reads as the encoder's own encoding of the whole report, empty or not.
    @Test func jsonPiecesReadAsTheWholeReportEncoded() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for report in [ReporterFixture.report, LintReport(files: [])] {
            let whole = String(decoding: try encoder.encode(report), as: UTF8.self)
            #expect(try JSONReporter().render(report, rules: []) == whole)
        }
    }

    /// GitHub shows 10 annotations per level: the first 10 of each (in file order), errors first, then a count of
    /// the rest that points to where they all are.
    @Test func githubAnnotatesTheFirstTenOfEachLevel() throws {
        let text = String(repeating: "Hi {{name}}, 5pm\n", count: 12)
        let lines = text.split(separator: "\n").indices
        let findings = lines.flatMap { line in
            [
                Self.finding("root.placeholder.mustache", .error, line: line + 1, column: 4),
                Self.finding("root.time.clock", .info, line: line + 1, column: 13),
            ]
        }
        let report = LintReport(files: [
            LintReport.FileResult(
                path: "a.txt", market: "en-US", channel: .email,
                findings: findings, language: "en")
        ])
        let output = try GitHubReporter().render(report, rules: []).split(separator: "\n")
        #expect(output.count == 21)
        #expect(output.prefix(10).allSatisfy { $0.hasPrefix("::error file=a.txt,") })
        #expect(output.dropFirst(10).prefix(10).allSatisfy { $0.hasPrefix("::notice file=a.txt,") })
        #expect(output[0].contains("line=1,") && output[9].contains("line=10,") && output[19].contains("line=10,"))
        #expect(
            output[20]
                == "tactful: 4 more finding(s) not annotated (GitHub's per-step cap); run with --format text to see them all"
        )
        let withSummary = try GitHubReporter(stepSummaryPath: "/dev/null").render(report, rules: [])
        #expect(withSummary.hasSuffix("(GitHub's per-step cap); all are listed in the job summary"))
    }

    @Test func anUnwritableJobSummaryIsAnInputError() throws {
        let reporter = GitHubReporter(stepSummaryPath: "/nonexistent-folder/summary.md")
        #expect(throws: InputFileError.self) { try reporter.render(ReporterFixture.report, rules: []) }
    }

    @Test func anEmptyJobSummaryPathMeansNone() {
        #expect(ReporterSettings(stepSummaryPath: "").stepSummaryPath == nil)
    }

    private static func finding(_ rule: String, _ severity: Severity, line: Int, column: Int) -> Finding {
        var finding = Finding(
            rule: rule, category: .placeholder, severity: severity, confidence: .high,
            message: "m", match: "x", span: 0..<1)
        (finding.line, finding.column, finding.endLine, finding.endColumn) = (line, column, line, column + 1)
        return finding
    }
}
