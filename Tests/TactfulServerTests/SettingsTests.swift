import Testing

@testable import TactfulServer

/// The `serve:` section of the config file.
@Suite struct SettingsTests {
    @Test func readsEveryKey() throws {
        let settings = try ServeSettings(
            yaml: """
                market: en-GB
                serve:
                  host: 0.0.0.0
                  port: 9000
                  maxBodyBytes: 1024
                  timeBudget: 500ms
                  cors: ["https://*.zendesk.com"]
                  tokens: [abc]
                  logDrafts: true
                """, path: "tactful.yml")
        #expect(settings.host == "0.0.0.0" && settings.port == 9000 && settings.maxBodyBytes == 1024)
        #expect(settings.timeBudgetMilliseconds == 500 && settings.corsOrigins == ["https://*.zendesk.com"])
        #expect(settings.tokens == ["abc"] && settings.logDrafts)
    }

    @Test func defaultsWithoutASection() throws {
        #expect(try ServeSettings(yaml: "market: en-GB\n", path: "t.yml") == ServeSettings())
        #expect(ServeSettings().maxBodyBytes == 262_144 && ServeSettings().port == 8080)
    }

    @Test(arguments: [
        ("serve:\n  prot: 80\n", "t.yml:2:3: error: unknown key 'prot'"),
        ("serve:\n  port: 70000\n", "t.yml:2:9: error: 'port' must be a whole number"),
        ("serve:\n  timeBudget: soon\n", "t.yml:2:15: error: 'timeBudget' must be a duration"),
        ("serve:\n  logDrafts: maybe\n", "t.yml:2:14: error: 'logDrafts' must be true or false"),
    ])
    func errorsPointIntoTheFile(yaml: String, prefix: String) {
        #expect {
            try ServeSettings(yaml: yaml, path: "t.yml")
        } throws: { "\($0)".hasPrefix(prefix) }
    }
}
