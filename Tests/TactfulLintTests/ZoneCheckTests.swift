import Foundation
import Testing
@testable import TactfulLint
import TactfulMarkets

/// Clock times without a zone, judged only when the team's zone is known.
@Suite struct ZoneCheckTests {
    func zones(_ text: String, _ tag: String, team: String?) throws -> [Finding] {
        let market = try MarketResolver().resolve(tag)
        let ruleSet = try RuleSet(market: market, library: try LinterTests.library.get())
        return try Linter(ruleSet: ruleSet, settings: LintSettings(teamTimeZone: team)).lint(text)
            .filter { $0.rule == "root.date-time.time-zone" }
    }

    @Test func aTimeWithoutAZoneToACustomerOnAnotherClock() throws {
        let finding = try #require(try zones("We will call you later today at 4pm.", "en-US", team: "Asia/Shanghai").first)
        #expect(finding.match == "4pm")
        #expect(finding.fixes.first?.replacement.hasPrefix("4pm (") == true)
        #expect(finding.fixes.first?.safe == false)
        #expect(try zones("明後日の10時にお電話いたします。", "ja-JP", team: "Europe/Berlin").map(\.match) == ["10時"])
    }

    @Test func noTeamZoneOrTheSameClockOrANamedZoneIsClean() throws {
        #expect(try zones("We will call you later today at 4pm.", "en-US", team: nil).isEmpty)
        #expect(try zones("明後日の10時にお電話いたします。", "ja-JP", team: "Asia/Tokyo").isEmpty)
        #expect(try zones("We will call you at 4pm EST.", "en-US", team: "Asia/Shanghai").isEmpty)
        #expect(try zones("We will call you at 4pm (your time).", "en-US", team: "Asia/Shanghai").isEmpty)
        #expect(try zones("Your order ships within 24 hours.", "en-US", team: "Asia/Shanghai").isEmpty)
        #expect(try zones("Version 2.10 fixes it, and the 1.5 m cable ships today.", "en-US", team: "Asia/Shanghai").isEmpty)
    }

    @Test func theConfigNamesTheTeamZone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tactful-zone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.yml")
        try "team: {timezone: Asia/Shanghai}\n".write(to: good, atomically: true, encoding: .utf8)
        #expect(try LintConfig(contentsOf: good.path).settings.teamTimeZone == "Asia/Shanghai")
        let bad = folder.appendingPathComponent("bad.yml")
        try "team: {timezone: Mars/Olympus}\n".write(to: bad, atomically: true, encoding: .utf8)
        #expect(throws: PackError.self) { try LintConfig(contentsOf: bad.path) }
    }
}
