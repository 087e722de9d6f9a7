import TactfulTime
import Testing

@Suite struct SLAPolicyTests {
    @Test func defaultsComeFromTheSeedsChannelTable() throws {
        let defaults = try SLAPolicies.builtIn()
        #expect(try defaults.target(channel: "chat", metric: .firstReply) == SLATarget(seconds: 120, clock: .calendar))
        #expect(
            try defaults.target(channel: "email", metric: .firstReply)
                == SLATarget(seconds: 12 * 3600, clock: .business))
        #expect(
            try defaults.target(channel: "social", metric: .firstReply)
                == SLATarget(seconds: 4 * 3600, clock: .business))
        #expect(try defaults.target(channel: "phone", metric: .firstReply) == SLATarget(seconds: 300, clock: .calendar))
        #expect(defaults.source.contains("表1"))
        // The seed has no next-reply or resolution times: no invented defaults.
        #expect(throws: TimeError.self) { try defaults.target(channel: "email", metric: .resolution) }
    }

    @Test func aConfigOverridesFieldByFieldWithPriorities() throws {
        let config = try SLAPolicies(
            yaml: """
                lint: {anything: here}
                sla:
                  policies:
                    email:
                      nextReply: 8h
                      resolution: 48h
                      priorities:
                        urgent: {firstReply: 1h, clock: calendar}
                    whatsapp: {clock: calendar, firstReply: 15m}
                """, path: "tactful.yml")
        let policies = try SLAPolicies.builtIn().overlaid(with: config)
        #expect(
            try policies.target(channel: "email", metric: .firstReply)
                == SLATarget(seconds: 12 * 3600, clock: .business))
        #expect(
            try policies.target(channel: "email", metric: .nextReply) == SLATarget(seconds: 8 * 3600, clock: .business))
        #expect(
            try policies.target(channel: "email", metric: .firstReply, priority: "urgent")
                == SLATarget(seconds: 3600, clock: .calendar))
        #expect(
            try policies.target(channel: "email", metric: .resolution, priority: "urgent")
                == SLATarget(seconds: 48 * 3600, clock: .calendar))
        #expect(
            try policies.target(channel: "whatsapp", metric: .firstReply) == SLATarget(seconds: 900, clock: .calendar))
        #expect(throws: TimeError.self) { try policies.target(channel: "fax", metric: .firstReply) }
        #expect(throws: TimeError.self) { try policies.target(channel: "email", metric: .firstReply, priority: "low") }
    }

    @Test func kebabCaseKeysAndTheirCamelCaseAliasesReadAlike() throws {
        let kebab = try SLAPolicies(
            yaml: "sla:\n  policies:\n    email: {next-reply: 8h, priorities: {urgent: {first-reply: 1h}}}\n",
            path: "tactful.yml")
        let camel = try SLAPolicies(
            yaml: "sla:\n  policies:\n    email: {nextReply: 8h, priorities: {urgent: {firstReply: 1h}}}\n",
            path: "tactful.yml")
        for policies in [kebab, camel] {
            #expect(try policies.target(channel: "email", metric: .nextReply).seconds == 8 * 3600)
            #expect(try policies.target(channel: "email", metric: .firstReply, priority: "urgent").seconds == 3600)
        }
        #expect {
            try SLAPolicies(yaml: "sla:\n  policies:\n    email: {first-reply: 1h, firstReply: 2h}\n", path: "t.yml")
        } throws: { "\($0)" == "t.yml:3:30: error: duplicate key 'firstReply' in a policy" }
        #expect {
            try SLAPolicies(yaml: "sla:\n  policies:\n    email: {first-reply: soon}\n", path: "t.yml")
        } throws: { "\($0)".hasPrefix("t.yml:3:26: error: 'soon' is not a duration") }
    }

    @Test func badPolicyFilesPointIntoTheFile() {
        let cases: [(String, String)] = [
            (
                "sla:\n  policies:\n    email: {firstReply: 12 hours}\n",
                "tactful.yml:3:25: error: '12 hours' is not a duration"
            ),
            (
                "sla:\n  policies:\n    email: {clock: sometimes}\n",
                "tactful.yml:3:20: error: clock is 'business' or 'calendar'"
            ),
            ("sla:\n  policy: {}\n", "tactful.yml:2:3: error: unknown key 'policy'"),
            ("lint: {}\n", "tactful.yml:1:1: error: no 'sla:' section"),
        ]
        for (yaml, expected) in cases {
            do {
                _ = try SLAPolicies(yaml: yaml, path: "tactful.yml")
                Issue.record("expected an error for \(yaml)")
            } catch {
                #expect(error.description.hasPrefix(expected), "\(error.description)")
            }
        }
    }
}
