import Foundation
import TactfulAPI
import TactfulLint
import Testing

@testable import tactful
import TactfulTestSupport

/// `tactful lint DIR --jobs N`: however many drafts are linted at once, every format prints the same text, in path
/// order, and a draft that cannot be read stops the run at its place in that order, after the drafts before it.
@Suite struct LintJobsTests {
    /// A folder of drafts for several markets (the bundled examples, each a few times over, in a folder per market),
    /// mapped to their markets by a `.tactful.yml`, linted in process with one session for every run.
    struct DraftFolder {
        let url: URL
        let session: LintSession
        let engine: TactfulEngine

        private init(url: URL, session: LintSession, engine: TactfulEngine) {
            (self.url, self.session, self.engine) = (url, session, engine)
        }

        init(copies: Int = 4) throws {
            url = Scratch.root.appendingPathComponent("tactful-jobs-\(UUID().uuidString)")
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

        /// The same with a session of its own, as a separate run of the command would have: nothing compiled or
        /// built before.
        func lintAfresh(_ arguments: [String]) throws -> (printed: [String], error: String?) {
            let session = try LintSession(configPath: nil, searchFrom: url.path)
            let fresh = DraftFolder(url: url, session: session, engine: try EngineDoor.engine(linters: session.cache))
            return try fresh.lint(arguments)
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

    /// Each market warms up with its first draft ahead of the others (``LintCommand``): the rules of every market
    /// (SARIF's rule table) and every finding are the same as one job's, from a fresh session each time.
    @Test func aFreshRunPrintsTheSameWithAnyNumberOfJobs() throws {
        let folder = try DraftFolder(copies: 2)
        defer { folder.remove() }
        for format in [ReportFormat.sarif, .json, .text] {
            let one = try folder.lintAfresh(["--format", format.rawValue, "--jobs", "1"])
            #expect(one.error == nil && !one.printed.isEmpty)
            for jobs in [2, 4] {
                let many = try folder.lintAfresh(["--format", format.rawValue, "--jobs", "\(jobs)"])
                #expect(many.printed == one.printed && many.error == nil, "--format \(format) --jobs \(jobs)")
            }
        }
    }

    /// A draft that cannot be read stops the run after the drafts before it; so does a market's first draft, the
    /// one linted ahead to warm its market up (the failure is reported in its place, not before the drafts ahead).
    @Test(arguments: [
        ("en-GB/draft-2.txt", 5, "the four de-DE drafts and en-GB/draft-1, then the error"),
        ("ja-JP/draft-1.txt", 8, "the four de-DE and four en-GB drafts, then the error"),
    ])
    func aDraftThatCannotBeReadStopsTheRunInItsPlace(draft: String, before: Int, meaning: String) throws {
        let folder = try DraftFolder()
        defer { folder.remove() }
        try Data([0x48, 0x69, 0xFF, 0xFE]).write(to: folder.url.appendingPathComponent(draft))
        let one = try folder.lintAfresh(["--jobs", "1"])
        #expect(one.error?.contains(draft) == true)
        #expect(one.printed.count == before, "\(meaning)")
        for jobs in [2, 4] {
            let many = try folder.lintAfresh(["--jobs", "\(jobs)"])
            #expect(many.printed == one.printed && many.error == one.error, "--jobs \(jobs)")
        }
    }
}
