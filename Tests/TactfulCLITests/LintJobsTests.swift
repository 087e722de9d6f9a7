import Foundation
import TactfulAPI
import TactfulLint
import Testing

@testable import tactful

/// `tactful lint DIR --jobs N`: however many drafts are linted at once, every format prints the same text, in path
/// order, and a draft that cannot be read stops the run at its place in that order, after the drafts before it.
@Suite struct LintJobsTests {
    /// A folder of drafts for several markets (the bundled examples, each a few times over, in a folder per market),
    /// mapped to their markets by a `.tactful.yml`, linted in process with one session for every run.
    struct DraftFolder {
        let url: URL
        let session: LintSession
        let engine: TactfulEngine

        init(copies: Int = 4) throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("tactful-jobs-\(UUID().uuidString)")
            let examples = URL(fileURLWithPath: BatchLintTests.drafts)
            var config = "version: 1\nmarkets:\n"
            for market in ["de-DE", "en-GB", "ja-JP", "zh-TW"] {
                let folder = url.appendingPathComponent(market)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let name = try #require(
                    try FileManager.default.contentsOfDirectory(atPath: examples.path).first { $0.hasPrefix(market) })
                for copy in 1...copies {
                    try FileManager.default.copyItem(
                        at: examples.appendingPathComponent(name),
                        to: folder.appendingPathComponent("draft-\(copy).txt"))
                }
                config += "  - {glob: \"\(market)/**\", market: \(market)}\n"
            }
            try config.write(to: url.appendingPathComponent(".tactful.yml"), atomically: true, encoding: .utf8)
            session = try LintSession(configPath: nil, searchFrom: url.path)
            engine = try EngineDoor.engine(linters: session.cache)
        }

        /// What `tactful lint FOLDER` prints with `arguments`, and the error that stopped it (nil: none).
        func lint(_ arguments: [String]) throws -> (printed: [String], error: String?) {
            let command = try LintCommand.parse([url.path] + arguments)
            var printed: [String] = []
            do {
                _ = try command.lintFiles(session: session, engine: engine) { printed.append($0) }
                return (printed, nil)
            } catch {
                return (printed, "\(error)")
            }
        }

        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    @Test func everyFormatPrintsTheSameWithAnyNumberOfJobs() throws {
        let folder = try DraftFolder()
        defer { folder.remove() }
        for format in ReportFormat.allCases {
            let one = try folder.lint(["--format", format.rawValue, "--jobs", "1"])
            #expect(one.error == nil && !one.printed.isEmpty)
            for jobs in [2, 4] {
                let many = try folder.lint(["--format", format.rawValue, "--jobs", "\(jobs)"])
                #expect(many.printed == one.printed, "--format \(format) --jobs \(jobs)")
                #expect(many.error == nil)
            }
        }
    }

    @Test func aDraftThatCannotBeReadStopsTheRunInItsPlace() throws {
        let folder = try DraftFolder()
        defer { folder.remove() }
        let unreadable = folder.url.appendingPathComponent("en-GB/draft-2.txt")
        try Data([0x48, 0x69, 0xFF, 0xFE]).write(to: unreadable)
        let one = try folder.lint(["--jobs", "1"])
        #expect(one.error?.contains("en-GB/draft-2.txt") == true)
        #expect(one.printed.count == 5, "the four de-DE drafts and en-GB/draft-1, then the error")
        for jobs in [2, 4] {
            let many = try folder.lint(["--jobs", "\(jobs)"])
            #expect(many.printed == one.printed && many.error == one.error, "--jobs \(jobs)")
        }
    }
}
