import Testing

@testable import TactfulLint

/// The `template` category: added to the vocabulary for `tactful check`'s library findings, refused in packs.
@Suite struct TemplateCategoryTests {
    @Test func templateIsACategoryAfterTheOriginalOnes() {
        #expect(Category(rawValue: "template") == .template)
        #expect(Category.allCases.last == .template)
        #expect(Category.readability < .template)
    }

    @Test func packRulesMayNotUseIt() throws {
        let pack = """
            pack: en-US
            rules:
              - id: test.library
                kind: pattern
                category: template
                regex: 'XYZ'
                message: Not a text finding.
                source: test
                examples:
                  trigger: ["↓XYZ"]
                  clean: ["ABC"]
            """
        let error = try #require(throws: PackError.self) { try TestPack(pack) }
        #expect(error.description.contains("category 'template' is kept for tactful check"))
        #expect(
            try TestPack(pack.replacingOccurrences(of: "category: template", with: "category: readability"))
                .exampleFailures == [])
    }
}
