import Foundation
import TactfulLint
import Testing

@testable import TactfulTemplates
import TactfulTestSupport

/// The `templates:` section of `.tactful.yml`, read by TactfulTemplates beside the lint settings.
@Suite struct TemplateConfigTests {
    static let config = """
        version: 1
        market: en-US
        sla: {policies: {email: {first-reply: 8h}}}
        templates:
          reference: de-DE
          syntax: [brace, printf]
          variables: [first_name, "ticket.*"]
          csv: {key: id, locale: lang, body: text}
        """

    @Test func readsItsSectionAndLeavesTheOthers() throws {
        let templates = try TemplateConfig(configYAML: Self.config, path: ".tactful.yml")
        #expect(templates.reference == "de-DE" && templates.syntaxes == [.brace, .printf])
        #expect(templates.knows("ticket.id") && !templates.knows("last_name"))
        #expect(templates.csvKey == "id" && templates.csvLocale == "lang" && templates.csvBody == "text")
    }

    @Test func aConfigFileGivesItsSectionAndNoFileTheDefaults() throws {
        let path = Scratch.root.appendingPathComponent("tactful-\(UUID().uuidString).yml")
            .path
        try Self.config.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try TemplateConfig(config: LintConfig(contentsOf: path)).reference == "de-DE")
        #expect(try TemplateConfig(config: LintConfig()).reference == "en-US")
        #expect(try TemplateConfig(configYAML: "market: en-US\n", path: "t.yml").syntaxes == [.mustache, .liquid])
    }

    @Test(arguments: [
        ("templates: {syntax: [handlebars]}\n", "t.yml:1:21: error: unknown syntax 'handlebars'"),
        ("templates: {refrence: en-GB}\n", "t.yml:1:13: error: unknown key 'refrence'"),
        ("templates: {csv: {kee: id}}\n", "t.yml:1:19: error: unknown key 'kee'"),
    ])
    func mistakesPointIntoTheFile(yaml: String, prefix: String) {
        #expect { try TemplateConfig(configYAML: yaml, path: "t.yml") } throws: { "\($0)".hasPrefix(prefix) }
    }
}
