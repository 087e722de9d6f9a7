import Testing
import TactfulLint
@testable import TactfulTemplates

@Suite struct TemplateReaderTests {
    @Test(arguments: [
        ("de-DE/refund.md", "de-DE", "refund"), ("refund.de-DE.md", "de-DE", "refund"),
        ("refund_de_DE.txt", "de-DE", "refund"), ("fr/refund.md", "fr", "refund"),
        ("macros/pt_BR/shipping/late.liquid", "pt-BR", "macros/shipping/late"),
        ("zh-Hant-TW/hello.txt", "zh-Hant-TW", "hello"),
    ])
    func localeInPath(path: String, locale: String, key: String) throws {
        let split = try #require(LocaleInPath.split(path))
        #expect(split.locale == locale)
        #expect(split.key == key)
    }

    @Test(arguments: ["refund.md", "docs/refund.md", "to-do/refund.md", "us/refund.md"])
    func wordsAreNotLocales(path: String) {
        #expect(LocaleInPath.split(path) == nil)
    }

    @Test func zendeskBodiesKeepFilePositions() throws {
        let json = """
            {"macros": [
              {"title": "Refund [fr-FR]", "actions": [
                {"field": "comment_value", "value": "Bonjour\\n{{ name }"}]}]}
            """
        let templates = try ZendeskReader.read(try TextFile(path: "m.json", data: Data(json.utf8)))
        let template = try #require(templates.first)
        #expect(template.key == "Refund")
        #expect(template.declaredLocale == "fr-FR")
        #expect(template.text == "Bonjour\n{{ name }")
        let brace = template.text.utf16.count - 9
        #expect(template.sourceMap.position(of: brace) == (3, 51))
    }

    @Test func csvFieldsKeepFilePositions() throws {
        let csv = "key,locale,body\nhi,de-DE,\"Hallo \"\"Anna\"\",\n{{x}\"\n"
        let templates = try CSVTemplateReader.read(
            try TextFile(path: "l.csv", data: Data(csv.utf8)), config: TemplateConfig())
        let template = try #require(templates.first)
        #expect(template.text == "Hallo \"Anna\",\n{{x}")
        #expect(template.sourceMap.position(of: 14) == (3, 1))
    }

    @Test func malformedJSONNamesLineAndColumn() {
        #expect {
            try ZendeskReader.read(try TextFile(path: "m.json", data: Data("{\"macros\": [\n  {\"title\": }]}".utf8)))
        } throws: { error in
            String(describing: error).hasPrefix("m.json:2:")
        }
    }
}

import Foundation
