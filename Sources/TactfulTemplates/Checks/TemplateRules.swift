import TactfulLint

/// The library-level rules of `tactful check`, described for reports (SARIF rule tables, `rules explain`).
public enum TemplateRules {
    private static let source =
        "Tactful template checks; Mustache (mustache(5)), Handlebars and Shopify Liquid syntax references."

    /// Broken delimiters: `{{ name }`, `{{name}}}`, an unclosed `{%` tag.
    public static let malformed = RuleInfo(
        id: "template.placeholder.malformed", category: .placeholder, severity: .error,
        message: "A placeholder's delimiters are broken ({{ name }, {{name}}}, an unclosed {% tag).", source: source)
    /// A block tag opened and never closed, or closed and never opened.
    public static let unbalancedBlock = RuleInfo(
        id: "template.placeholder.unbalanced-block", category: .placeholder, severity: .error,
        message: "A block tag is opened without being closed, or closed without being opened.", source: source)
    /// A variable the config's list does not hold.
    public static let unknownVariable = RuleInfo(
        id: "template.placeholder.unknown-variable", category: .placeholder, severity: .error,
        message: "The template uses a variable the library's config does not list.", source: source)
    /// Placeholders that differ from the reference locale's version of the template.
    public static let inconsistent = RuleInfo(
        id: "template.placeholder.inconsistent", category: .placeholder, severity: .error,
        message: "The template's placeholders differ from the reference locale's version.", source: source)
    /// A template of the reference locale missing in another locale of the library.
    public static let missingTranslation = RuleInfo(
        id: "template.missing-translation", category: .template, severity: .warning,
        message: "A template of the reference locale is missing in a locale the library covers.", source: source)
    /// A template whose market nothing names, or names wrongly.
    public static let marketUnknown = RuleInfo(
        id: "template.market-unknown", category: .template, severity: .error,
        message: "The template's market cannot be determined.", source: source)
    /// A suppression comment that suppresses nothing.
    public static let unusedSuppression = RuleInfo(
        id: "template.suppression.unused", category: .template, severity: .warning,
        message: "A suppression comment suppresses nothing.", source: source)
    /// A template the linter failed on.
    public static let lintFailed = RuleInfo(
        id: "template.lint-failed", category: .template, severity: .error,
        message: "The template could not be linted.", source: source)

    /// Every template rule: the `placeholder` ones judge a template's placeholders, the `template` ones the
    /// library (a missing translation, an unknown market, a suppression or a lint that did not work).
    public static let all: [RuleInfo] = [
        malformed, unbalancedBlock, unknownVariable, inconsistent, missingTranslation, marketUnknown, unusedSuppression,
        lintFailed,
    ]

    /// The rule a ``PlaceholderScanner`` problem names (its ids are all in the table; an unknown one reads as
    /// `malformed`).
    static func rule(_ id: String) -> RuleInfo {
        all.first { $0.id == id } ?? malformed
    }
}
