import Foundation
import TactfulAPI
import Testing
import TactfulTestSupport

/// The CLI is a door onto ``TactfulEngine``, as the HTTP service and MCP are: on the same input, `tactful … --format
/// json` prints what the engine answers, and rejects what the engine rejects (exit 2, one line naming the option).
@Suite struct OneEngineTests {
    static let engine = Result { try TactfulEngine.load(configPath: nil) }

    /// A JSON value as Foundation reads it, for comparing two encodings of the same answer.
    static func object(_ json: String) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary)
    }

    static func object(_ value: some Encodable) throws -> NSDictionary {
        try object(String(decoding: try JSONEncoder().encode(value), as: UTF8.self))
    }

    /// Runs the CLI, expecting a rejection: exit 2 and one line that carries the engine's message for `field`.
    static func expectSameRejection(_ arguments: [String], _ error: FieldError, option: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2, "\(arguments)")
        #expect(result.stderr == "tactful: error: \(option): \(error.message)\n", "\(arguments)")
    }

    static func file(_ text: String, name: String = "team.yml") throws -> String {
        let folder = Scratch.root.appendingPathComponent("tactful-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(arguments: [
        HolidaysRequest(market: "DE", year: 2026),
        HolidaysRequest(market: "ja-JP", from: "2026-04-25", to: "2026-05-10", uiLanguage: "en"),
        HolidaysRequest(market: "zh-CN", from: "2026-09-15", to: "2026-10-15"),
    ])
    func holidaysAnswerAlike(_ request: HolidaysRequest) throws {
        var arguments = ["holidays", "--market", request.market, "--format", "json"]
        if let year = request.year { arguments += ["--year", "\(year)"] }
        if let from = request.from, let to = request.to { arguments += ["--from", from, "--to", to] }
        if let language = request.uiLanguage { arguments += ["--ui-language", language] }
        let answer = try Self.engine.get().holidays(request, today: .init(dayNumber: 0))
        #expect(try Self.object(try CLI.run(arguments).stdout) == Self.object(answer))
    }

    @Test func holidaysRejectAlike() throws {
        let engine = try Self.engine.get()
        let cases: [(HolidaysRequest, [String])] = [
            (
                HolidaysRequest(market: "DE", from: "2026-01-01", to: "2040-12-31"),
                ["--from", "2026-01-01", "--to", "2040-12-31"]
            ),
            (HolidaysRequest(market: "DE", from: "2026-01-01"), ["--from", "2026-01-01"]),
            (HolidaysRequest(market: "DE", year: 1800), ["--year", "1800"]),
            (HolidaysRequest(market: "XY", year: 2026), ["--year", "2026"]),
        ]
        for (request, options) in cases {
            let error = try #require(throws: FieldError.self) {
                try engine.holidays(request, today: .init(dayNumber: 0))
            }
            try Self.expectSameRejection(
                ["holidays", "--market", request.market] + options, error, option: "--" + error.field)
        }
    }

    @Test(arguments: [
        SizeRequest(size: "42", from: "EU", to: "US", category: "shoes-men", measure: nil, market: nil),
        SizeRequest(size: "8.5", from: "US", to: nil, category: "shoes-women", measure: nil, market: "ja-JP"),
        SizeRequest(size: nil, from: nil, to: "EU,US", category: "shoes-men", measure: "26.5cm", market: "de-DE"),
        SizeRequest(size: "75B", from: "EU", to: "UK", category: "bras", measure: nil, market: nil),
    ])
    func sizesAnswerAlike(_ request: SizeRequest) throws {
        var arguments = ["size"] + (request.size.map { [$0] } ?? []) + ["--category", request.category]
        for (option, value) in [
            ("--from", request.from), ("--to", request.to), ("--measure", request.measure),
            ("--market", request.market),
        ] {
            if let value { arguments += [option, value] }
        }
        let answer = try Self.engine.get().size(request)
        #expect(try Self.object(try CLI.run(arguments + ["--format", "json"]).stdout) == Self.object(answer))
    }

    @Test func sizesRejectAlike() throws {
        let engine = try Self.engine.get()
        let cases: [(SizeRequest, [String], String)] = [
            (
                SizeRequest(size: "42", from: nil, to: nil, category: "shoes-men", measure: nil, market: nil), ["42"],
                "--from"
            ),
            (
                SizeRequest(size: "42", from: "XX", to: nil, category: "shoes-men", measure: nil, market: nil),
                ["42", "--from", "XX"], "SIZE"
            ),
            (
                SizeRequest(size: nil, from: nil, to: nil, category: "shoes-men", measure: "26.5kg", market: nil),
                ["--measure", "26.5kg"], "--measure"
            ),
            (
                SizeRequest(size: "42", from: "EU", to: nil, category: "shoes-men", measure: nil, market: "xx-YY"),
                ["42", "--from", "EU", "--market", "xx-YY"], "--market"
            ),
        ]
        for (request, options, option) in cases {
            let error = try #require(throws: FieldError.self) { try engine.size(request) }
            try Self.expectSameRejection(["size"] + options + ["--category", "shoes-men"], error, option: option)
        }
    }

    static let schedule = """
        timezone: Asia/Shanghai
        hours: {mon: ["09:00-18:00"], tue: ["09:00-18:00"], wed: ["09:00-18:00"], thu: ["09:00-18:00"], fri: ["09:00-18:00"]}
        holidays: CN
        """

    @Test(arguments: [
        ["--target", "8h"], ["--target", "1h30m", "--calendar"], ["--policy", "email", "--metric", "first-reply"],
        ["--target", "1h", "--market", "de-DE", "--customer-tz", "Europe/Berlin"],
    ])
    func slaDueAnswersAlike(_ options: [String]) throws {
        let path = try Self.file(Self.schedule)
        let now = "2026-03-06T08:00:00Z"
        func value(_ option: String) -> String? { options.firstIndex(of: option).map { options[$0 + 1] } }
        let request = SLADueRequest(
            schedule: .string(Self.schedule), from: "2026-03-06T08:00:00Z", target: value("--target"),
            calendar: options.contains("--calendar") ? true : nil, policy: value("--policy"),
            metric: value("--metric"), market: value("--market"), customerTz: value("--customer-tz"), now: now)
        let answer = try Self.engine.get().slaDue(request, now: Date(), schedulePath: path)
        let cli = try CLI.run(
            ["sla", "due", "--schedule", path, "--from", request.from, "--now", now, "--format", "json"] + options)
        #expect(try Self.object(cli.stdout) == Self.object(answer))
    }

    @Test func slaDueRejectsAlike() throws {
        let path = try Self.file(Self.schedule)
        let cases: [(SLADueRequest, [String])] = [
            (
                SLADueRequest(schedule: .string(Self.schedule), from: "2026-03-06T08:00:00Z", target: "0h"),
                ["--target", "0h"]
            ),
            (
                SLADueRequest(schedule: .string(Self.schedule), from: "2026-03-06T08:00:00Z", target: "8x"),
                ["--target", "8x"]
            ),
            (SLADueRequest(schedule: .string(Self.schedule), from: "2026-03-06T08:00:00Z"), []),
            (
                SLADueRequest(schedule: .string(Self.schedule), from: "2026-03-06T08:00:00Z", policy: "fax"),
                ["--policy", "fax"]
            ),
            (
                SLADueRequest(
                    schedule: .string(Self.schedule), from: "2026-03-06T08:00:00Z", target: "1h", market: "en-US"),
                ["--target", "1h", "--market", "en-US"]
            ),
        ]
        for (request, options) in cases {
            let error = try #require(throws: FieldError.self) {
                try Self.engine.get().slaDue(request, now: Date(), schedulePath: path)
            }
            let option = error.field == "customerTz" ? "--customer-tz" : "--" + error.field
            try Self.expectSameRejection(
                ["sla", "due", "--schedule", path, "--from", request.from] + options, error, option: option)
        }
    }

    static let drafts: [(market: String, channel: String, text: String)] = [
        ("de-DE", "email", "Wir rufen Sie um 5pm an. Der Riemen ist 10 inches lang. Hi {{first_name}}!!!"),
        ("en-GB", "chat", "Unfortunately, we can't refund the shipping fee. As I already said, it was sent on time."),
        ("ja-JP", "email", "返品はできません。ご了承ください。"),
    ]

    @Test func lintAnswersAlike() throws {
        let folder = URL(fileURLWithPath: try Self.file("", name: "empty.txt")).deletingLastPathComponent()
        for draft in Self.drafts {
            let answer = try Self.engine.get().lint(
                LintRequest(text: draft.text, market: draft.market, channel: draft.channel))
            let cli = try CLI.run(
                ["lint", "--market", draft.market, "--channel", draft.channel, "--format", "json", "-"],
                input: draft.text,
                in: folder)
            let printed = try #require(Self.object(cli.stdout)["files"] as? [NSDictionary]).first
            let expected = try #require(Self.object(answer)["files"] as? [NSDictionary]).first
            let (cliFile, apiFile) = (
                printed?.mutableCopy() as? NSMutableDictionary, expected?.mutableCopy() as? NSMutableDictionary
            )
            cliFile?.removeObject(forKey: "path")
            apiFile?.removeObject(forKey: "path")
            #expect(cliFile == apiFile, "\(draft.market)")
        }
    }

    @Test func fixWritesWhatTheEngineRewrites() throws {
        for draft in Self.drafts {
            let path = try Self.file(draft.text, name: "reply.txt")
            _ = try CLI.run(["lint", "--market", draft.market, "--channel", draft.channel, "--fix-unsafe", path])
            let rewrite = try Self.engine.get().lintAndRewrite(
                LintRequest(text: draft.text, market: draft.market, channel: draft.channel), mode: .unsafe)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == rewrite.rewritten, "\(draft.market)")
        }
    }

    @Test func lintRejectsAlike() throws {
        let request = LintRequest(text: "Hi", market: "en-US", teamTimeZone: "Mars/Base")
        let error = try #require(throws: FieldError.self) { try Self.engine.get().lint(request) }
        let result = try CLI.run(["lint", "--market", "en-US", "--team-zone", "Mars/Base", "-"], input: "Hi")
        #expect(result.status == 2 && result.stderr == "tactful: error: --team-zone: \(error.message)\n")
    }
}
