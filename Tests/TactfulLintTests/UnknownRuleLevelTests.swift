import Foundation
import Testing
@testable import TactfulLint
import TactfulTestSupport

/// A config's rule level for an id no pack defines (a typo) is reported, so that switching a rule off is not silently
/// lost; levels for built-in rules, and for a user pack's own rules, are not.
@Suite struct UnknownRuleLevelTests {
    @Test func aLevelForAnIdNoPackDefinesIsReported() throws {
        let folder = Scratch.root.appendingPathComponent("tactful-levels-\(UUID().uuidString)")
        let packs = folder.appendingPathComponent("packs")
        try FileManager.default.createDirectory(at: packs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = """
            pack: en-US
            rules:
              - id: acme.vocabulary.brand
                kind: phrase
                category: vocabulary
                message: Write the brand's name as it is registered.
                source: ACME brand guide.
                phrases: {acme inc: ACME Inc.}
                examples:
                  trigger: ["Thanks for choosing ↓acme inc today."]
                  clean: ["Thanks for choosing ACME Inc. today."]
            """
        try pack.write(to: packs.appendingPathComponent("en-US.yml"), atomically: true, encoding: .utf8)
        let config = folder.appendingPathComponent("tactful.yml")
        try """
        packs: [packs]
        rules: {en.formality.slangg: off, en.formality.slang: off, acme.vocabulary.brand: warning, root.units: off}
        """.write(to: config, atomically: true, encoding: .utf8)
        let cache = try LinterCache(config: try LintConfig(contentsOf: config.path))
        #expect(cache.unknownRuleIDs == ["en.formality.slangg", "root.units"])
        #expect(cache.library.defines(ruleID: "root.units.convert"))
        #expect(!cache.library.defines(ruleID: "root.units.conv"))
    }
}
