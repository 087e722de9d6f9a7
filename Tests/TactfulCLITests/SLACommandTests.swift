import Foundation
import Testing
import TactfulTestSupport

@Suite struct SLACommandTests {
    static let schedule = """
        timezone: Asia/Shanghai
        hours:
          mon: ["09:00-12:00", "13:00-18:00"]
          tue: ["09:00-18:00"]
          wed: ["09:00-18:00"]
          thu: ["09:00-18:00"]
          fri: ["09:00-18:00"]
          sat: []
        closed: [2026-10-01, 2026-10-02]
        open:
          2026-09-27: ["09:00-18:00"]
        """

    /// Writes `text` to a fresh temporary file and returns its path.
    static func file(_ text: String, name: String = "team.yml") throws -> String {
        let folder = Scratch.root.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func dueInBusinessTimeAsJSON() throws {
        let path = try Self.file(Self.schedule)
        let json = try CLI.json([
            "sla", "due", "--schedule", path, "--from", "2026-03-06T08:00:00Z", "--target", "8h", "--format", "json",
        ])
        #expect(json["due"] as? String == "2026-03-09T16:00:00+08:00")
        #expect(json["clock"] as? String == "business")
        #expect(json["targetSeconds"] as? Double == 28_800)
    }

    @Test func dueInCalendarTimeAndInTheCustomersZone() throws {
        let path = try Self.file(Self.schedule)
        let json = try CLI.json([
            "sla", "due", "--schedule", path, "--from", "2026-03-06T16:00:00+08:00", "--target", "1h30m",
            "--calendar", "--customer-tz", "America/New_York", "--format", "json",
        ])
        #expect(json["due"] as? String == "2026-03-06T04:30:00-05:00")
        #expect(json["dueInScheduleZone"] as? String == "2026-03-06T17:30:00+08:00")
        #expect(json["timeZone"] as? String == "America/New_York")
    }

    @Test func elapsedCountsOpenSeconds() throws {
        let path = try Self.file(Self.schedule)
        let json = try CLI.json([
            "sla", "elapsed", "--schedule", path, "--from", "2026-03-06T01:00:00Z", "--to", "2026-03-10T01:00:00Z",
            "--format", "json",
        ])
        #expect(json["seconds"] as? Double == 61_200)
    }

    @Test func openSaysWhenTheTeamNextOpens() throws {
        let path = try Self.file(Self.schedule)
        let json = try CLI.json([
            "sla", "open", "--schedule", path, "--at", "2026-10-01T10:00:00+08:00", "--format", "json",
        ])
        #expect(json["open"] as? Bool == false)
        #expect(json["nextOpen"] as? String == "2026-10-05T09:00:00+08:00")
    }

    @Test func openAroundTheClockAnswersAtOnce() throws {
        let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map { "  \($0): [\"00:00-24:00\"]" }
        let path = try Self.file(
            "timezone: Europe/Berlin\nhours:\n" + days.joined(separator: "\n") + "\nclosed: [2026-12-25]\n")
        let open = try CLI.run([
            "sla", "open", "--schedule", path, "--at", "2026-06-01T10:00:00+02:00", "--format", "json",
        ])
        #expect(open.status == 0, "\(open.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(open.stdout.utf8)) as? [String: Any])
        #expect(json["open"] as? Bool == true)
        #expect(json["nextOpen"] as? String == "2026-06-01T10:00:00+02:00")
        #expect(json["closesAt"] as? String == "2026-12-25T00:00:00+01:00")
        let after = try CLI.json([
            "sla", "open", "--schedule", path, "--at", "2027-01-04T10:00:00+01:00", "--format", "json",
        ])
        #expect(after["open"] as? Bool == true)
        #expect(after["nextOpen"] as? String == "2027-01-04T10:00:00+01:00")
        #expect(after["closesAt"] == nil)
        let christmas = try CLI.json([
            "sla", "open", "--schedule", path, "--at", "2026-12-25T10:00:00+01:00", "--format", "json",
        ])
        #expect(christmas["open"] as? Bool == false)
        #expect(christmas["nextOpen"] as? String == "2026-12-26T00:00:00+01:00")
        let text = try CLI.run(["sla", "open", "--schedule", path, "--at", "2027-01-04T10:00:00+01:00"])
        #expect(text.status == 0)
        #expect(text.stdout == "open at 2027-01-04T10:00:00+01:00; open around the clock, no closing ahead\n")
    }

    @Test func badInputIsOneLineAndExitsTwo() throws {
        let path = try Self.file(Self.schedule)
        let bad = try Self.file("timezone: Asia/Shanghai\nhours:\n  mon: [\"09:00-25:00\"]\n", name: "bad.yml")
        let cases: [([String], String)] = [
            (
                ["sla", "due", "--schedule", path, "--from", "2026-03-06T16:00:00", "--target", "8h"],
                "2026-03-06T16:00:00"
            ),
            (["sla", "due", "--schedule", path, "--from", "2026-03-06T16:00:00Z", "--target", "8 hours"], "8 hours"),
            (
                ["sla", "open", "--schedule", path, "--at", "2026-03-06T16:00:00Z", "--customer-tz", "Mars/Base"],
                "Mars/Base"
            ),
            (["sla", "open", "--schedule", bad, "--at", "2026-03-06T16:00:00Z"], "bad.yml:3:9:"),
            (["sla", "open", "--schedule", "/no/such/file.yml", "--at", "2026-03-06T16:00:00Z"], "/no/such/file.yml"),
            (
                [
                    "sla", "elapsed", "--schedule", path, "--from", "2026-03-06T16:00:00Z", "--to",
                    "2026-03-05T16:00:00Z",
                ], "--to"
            ),
        ]
        for (arguments, named) in cases {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains(named), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func policiesGiveTheTargetAndTheClock() throws {
        let path = try Self.file(Self.schedule)
        let email = try CLI.json([
            "sla", "due", "--schedule", path, "--from", "2026-03-06T08:00:00Z", "--policy", "email", "--format", "json",
        ])
        #expect(email["targetSeconds"] as? Double == 43_200)
        #expect(email["clock"] as? String == "business")
        #expect((email["policy"] as? [String: Any])?["source"] as? String ?? "" != "")
        let chat = try CLI.json([
            "sla", "due", "--schedule", path, "--from", "2026-03-07T08:00:00Z", "--policy", "chat", "--format", "json",
        ])
        #expect(chat["due"] as? String == "2026-03-07T16:02:00+08:00")  // calendar time, even on a closed Saturday
        let config = try Self.file("sla:\n  policies:\n    email:\n      resolution: 48h\n", name: "tactful.yml")
        let resolution = try CLI.json([
            "sla", "due", "--schedule", path, "--from", "2026-03-06T08:00:00Z", "--policy", "email", "--metric",
            "resolution",
            "--config", config, "--format", "json",
        ])
        #expect(resolution["targetSeconds"] as? Double == 172_800)
        let missing = try CLI.run([
            "sla", "due", "--schedule", path, "--from", "2026-03-06T08:00:00Z", "--policy", "email", "--metric",
            "resolution",
        ])
        #expect(missing.status == 2 && missing.stderr.contains("resolution"))
    }

    @Test func customerPhrasingInTheirLanguageAndZone() throws {
        let berlin = try Self.file(
            "timezone: Europe/Berlin\nhours: {wed: [\"09:00-18:00\"], thu: [\"09:00-18:00\"]}\nholidays: DE\n")
        let json = try CLI.json([
            "sla", "due", "--schedule", berlin, "--from", "2026-03-04T17:30:00+01:00", "--target", "1h", "--market",
            "de-DE",
            "--customer-tz", "Europe/Berlin", "--now", "2026-03-04T17:30:00+01:00", "--format", "json",
        ])
        let customer = json["customer"] as? [String: Any] ?? [:]
        let view = customer["view"] as? [String: Any] ?? [:]
        #expect(view["sentence"] as? String == "Sie hören bis morgen um 09:30 (Ihre Ortszeit) von uns.")
        #expect(view["isNight"] as? Bool == false)
        #expect(view["localTimeNow"] as? String == "2026-03-04T17:30:00+01:00")
        #expect(json["due"] as? String == "2026-03-05T09:30:00+01:00")
        let several = try CLI.run([
            "sla", "due", "--schedule", berlin, "--from", "2026-03-04T17:30:00Z", "--target", "1h", "--market", "en-US",
        ])
        #expect(several.status == 2 && several.stderr.contains("--customer-tz"))
    }

    @Test func aCustomersEstimatedHolidaysReadAsExpected() throws {
        let dubai = try Self.file(
            "timezone: Asia/Dubai\nhours: {mon: [\"09:00-18:00\"], tue: [\"09:00-18:00\"], wed: [\"09:00-18:00\"]}\n",
            name: "dubai.yml")
        let arguments = [
            "sla", "due", "--schedule", dubai, "--from", "2027-03-01T09:00:00+04:00", "--target", "1h", "--market",
            "ar-AE", "--customer-tz", "Asia/Dubai", "--now", "2027-03-01T09:00:00+04:00",
        ]
        let json = try CLI.json(arguments + ["--format", "json"])
        let customer = json["customer"] as? [String: Any] ?? [:]
        let eid = (customer["customerHolidays"] as? [[String: Any]] ?? []).filter { $0["estimated"] as? Bool == true }
        #expect(!eid.isEmpty)
        #expect(eid.allSatisfy { ($0["dateText"] as? String)?.hasPrefix("من المتوقع في ") == true })
        #expect(try CLI.run(arguments).stdout.contains("(expected)"))
    }

    @Test func helpTeachesWithExamples() throws {
        for command in ["due", "elapsed", "open"] {
            let help = try CLI.run(["sla", command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("Examples:"))
        }
    }
}
