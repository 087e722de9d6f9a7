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

    @Test func kebabCaseKeysReadAsTheirCamelCaseAliases() throws {
        let settings = try ServeSettings(
            yaml: "serve:\n  max-body-bytes: 1024\n  time-budget: 500ms\n  log-drafts: true\n", path: "t.yml")
        #expect(settings.maxBodyBytes == 1024 && settings.timeBudgetMilliseconds == 500 && settings.logDrafts)
        #expect {
            try ServeSettings(yaml: "serve:\n  time-budget: soon\n", path: "t.yml")
        } throws: { "\($0)".hasPrefix("t.yml:2:16: error: 'time-budget' must be a duration") }
        #expect {
            try ServeSettings(yaml: "serve:\n  prot: 80\n", path: "t.yml")
        } throws: {
            "\($0)" == "t.yml:2:3: error: unknown key 'prot' in serve (known: host, port, max-body-bytes, time-budget, "
                + "cors, tokens, log-drafts, rates)"
        }
    }

    @Test func syntaxErrorsAndEmptyFilesAreHandled() throws {
        #expect(try ServeSettings(yaml: "", path: "t.yml") == ServeSettings())
        #expect(try ServeSettings(yaml: "# nothing yet\n", path: "t.yml") == ServeSettings())
        #expect { try ServeSettings(yaml: "serve: [1, 2\n", path: "t.yml") } throws: {
            ($0 as? ServeSettingsError).map { $0.line > 0 && $0.message.hasPrefix("invalid YAML: ") } ?? false
        }
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
