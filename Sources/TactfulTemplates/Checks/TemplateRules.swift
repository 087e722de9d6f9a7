import TactfulLint

/// The library-level rules of `tactful check`, described for reports (SARIF rule tables, `rules explain`).
public enum TemplateRules {
    private static let source = "Tactful template checks; Mustache (mustache(5)), Handlebars and Shopify Liquid syntax references."

    /// Every template rule: the `placeholder` ones judge a template's placeholders, the `template` ones the
    /// library (a missing translation, an unknown market, a suppression or a lint that did not work).
    public static let all: [RuleInfo] = [
        RuleInfo(id: "template.placeholder.malformed", category: .placeholder, severity: .error,
                 message: "A placeholder's delimiters are broken ({{ name }, {{name}}}, an unclosed {% tag).", source: source),
        RuleInfo(id: "template.placeholder.unbalanced-block", category: .placeholder, severity: .error,
                 message: "A block tag is opened without being closed, or closed without being opened.", source: source),
        RuleInfo(id: "template.placeholder.unknown-variable", category: .placeholder, severity: .error,
                 message: "The template uses a variable the library's config does not list.", source: source),
        RuleInfo(id: "template.placeholder.inconsistent", category: .placeholder, severity: .error,
                 message: "The template's placeholders differ from the reference locale's version.", source: source),
        RuleInfo(id: "template.missing-translation", category: .template, severity: .warning,
                 message: "A template of the reference locale is missing in a locale the library covers.", source: source),
        RuleInfo(id: "template.market-unknown", category: .template, severity: .error,
                 message: "The template's market cannot be determined.", source: source),
        RuleInfo(id: "template.suppression.unused", category: .template, severity: .warning,
                 message: "A suppression comment suppresses nothing.", source: source),
        RuleInfo(id: "template.lint-failed", category: .template, severity: .error,
                 message: "The template could not be linted.", source: source),
    ]

    /// The category of a template rule (`placeholder` for an id this table does not hold).
    static func category(of rule: String) -> Category {
        all.first { $0.id == rule }?.category ?? .placeholder
    }
}
