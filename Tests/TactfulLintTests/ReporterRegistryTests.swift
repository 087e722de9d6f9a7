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

    /// A run written file by file prints what rendering the whole report prints, and counts what its summary does.
    @Test(arguments: ReportFormat.allCases)
    func streamingPrintsWhatTheWholeReportRenders(format: ReportFormat) throws {
        try Self.expectStreamRendersTheReport(format.reporter(ReporterGoldenTests.settings))
    }

    private static func expectStreamRendersTheReport(_ reporter: some Reporter) throws {
        var stream = try ReportStream(reporter: reporter)
        var printed = ""
        for file in ReporterFixture.report.files {
            try stream.add(try ReportStream.Part(file, for: reporter)) { printed += $0 }
        }
        let summary = try stream.finish(rules: ReporterFixture.rules) { printed += $0 }
        #expect(printed == (try reporter.render(ReporterFixture.report, rules: ReporterFixture.rules)))
        #expect(summary == ReporterFixture.report.summary)
    }

    /// Text prints each file with findings as soon as it is added, before the next file is linted.
    @Test func textPrintsEachFileInItsTurn() throws {
        let reporter = TextReporter()
        var stream = try ReportStream(reporter: reporter)
        var printed: [String] = []
        for file in ReporterFixture.report.files {
            try stream.add(try ReportStream.Part(file, for: reporter)) { printed.append($0) }
        }
        #expect(printed.count == 2)
        #expect(printed[0].hasPrefix("replies/de-DE/refund,1.txt — market de-DE") && printed[0].hasSuffix("\n"))
        #expect(printed[1].hasPrefix("replies/ja-JP/お詫び.txt — market ja-JP"))
    }

    /// The counts a run keeps file by file are those of the whole report, and tell the same about `--fail-on`.
    @Test func summaryCountedFileByFileIsTheReportsSummary() {
        var summary = LintReport.Summary()
        for file in ReporterFixture.report.files { summary.add(LintReport.Summary(counting: [file])) }
        #expect(summary == ReporterFixture.report.summary)
        #expect(summary.categories == ["negative-phrasing": 1, "date-time": 1, "formality": 1, "placeholder": 1])
        for level in Severity.allCases {
            #expect(summary.hasFindings(atOrAbove: level) == ReporterFixture.report.hasFindings(atOrAbove: level))
        }
        let infoOnly = LintReport.Summary(
            counting: [ReporterFixture.report.files[1]].map { file in
                var file = file
                file.findings = file.findings.filter { $0.severity == .info }
                return file
            })
        #expect(infoOnly.hasFindings(atOrAbove: .info) && !infoOnly.hasFindings(atOrAbove: .warning))
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

    /// The cap counts findings across files: the first 10 of each level in file order, wherever they are.
    @Test func githubAnnotatesTheFirstTenOfEachLevelAcrossFiles() throws {
        let files = (1...3).map { number in
            LintReport.FileResult(
                path: "\(number).txt", market: "en-US", channel: .email,
                findings: (1...4).flatMap { line in
                    [
                        Self.finding("root.time.clock", .info, line: line, column: 1),
                        Self.finding("root.placeholder.mustache", .error, line: line, column: 2),
                    ]
                }, language: "en")
        }
        let output = try GitHubReporter().render(LintReport(files: files), rules: []).split(separator: "\n")
        #expect(output.count == 21)
        #expect(output.prefix(4).allSatisfy { $0.hasPrefix("::error file=1.txt,") })
        #expect(output[8].hasPrefix("::error file=3.txt,line=1,") && output[9].hasPrefix("::error file=3.txt,line=2,"))
        #expect(output[10].hasPrefix("::notice file=1.txt,line=1,"))
        #expect(output[19].hasPrefix("::notice file=3.txt,line=2,"))
        #expect(output[20].hasPrefix("tactful: 4 more finding(s) not annotated"))
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
