import Testing
import TactfulLint
@testable import TactfulTemplates

@Suite struct PlaceholderScannerTests {
    func scan(_ text: String, variables: [String] = [], syntax: [TemplateConfig.Syntax] = [.mustache, .liquid]) -> (
        Set<String>, [String]
    ) {
        var config = TemplateConfig()
        config.variables = variables
        config.syntaxes = syntax
        let (found, problems) = PlaceholderScanner(config: config).scan(text)
        return (Set(found.keys), problems.map(\.rule))
    }

    @Test func wellFormedPlaceholdersAreFine() {
        let (variables, problems) = scan(
            "Hi {{ first_name | default: 'there' }}, {% if x %}{{x}}{% endif %} {{! note }}")
        #expect(variables == ["first_name", "x"])
        #expect(problems.isEmpty)
    }

    @Test func malformedAndUnbalanced() {
        #expect(scan("Hi {{ name }").1 == ["template.placeholder.malformed"])
        #expect(scan("Hi {{name}}}").1 == ["template.placeholder.malformed"])
        #expect(scan("{% if a %}x").1 == ["template.placeholder.unbalanced-block"])
        #expect(scan("x{% endfor %}").1 == ["template.placeholder.unbalanced-block"])
        #expect(scan("{{#items}}x").1 == ["template.placeholder.unbalanced-block"])
        #expect(scan("{% if a").1 == ["template.placeholder.malformed"])
    }

    @Test func unknownVariablesAgainstTheConfig() {
        #expect(
            scan("{{ ticket.id }} {{ coupon }}", variables: ["ticket.*"]).1 == ["template.placeholder.unknown-variable"]
        )
    }

    @Test func otherSyntaxes() {
        #expect(scan("Hi %1$s, order %2$s", syntax: [.printf]).0 == ["%1$s", "%2$s"])
        #expect(scan("Hi {name} ${order}", syntax: [.brace, .dollar]).0 == ["name", "order"])
        #expect(scan("Hi [NAME]", syntax: [.bracket]).0 == ["[NAME]"])
    }

    @Test func shardsSplitByKeyDeterministically() throws {
        let shards = (1...3).map { Shard("\($0)/3")! }
        for key in ["refund", "shipping", "delay", "gift-wrap"] {
            #expect(shards.filter { $0.contains(key: key) }.count == 1)
        }
        #expect(Shard("0/3") == nil && Shard("4/3") == nil && Shard("x") == nil)
    }
}

@Suite struct TemplateRulesTests {
    /// Every problem the scanner reports names a rule of the table, so its finding takes that rule's category and
    /// severity.
    @Test func everyScannerRuleIsInTheTable() {
        var config = TemplateConfig()
        config.variables = ["known"]
        let texts = ["Hi {{ name }", "{% if a %}x", "{{ unknown }}", "{% if a", "x{% endfor %}"]
        let ids = Set(texts.flatMap { PlaceholderScanner(config: config).scan($0).problems.map(\.rule) })
        #expect(ids.count == 3)
        for id in ids { #expect(TemplateRules.rule(id).id == id) }
    }
}
