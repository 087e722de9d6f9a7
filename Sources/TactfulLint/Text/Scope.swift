/// Regions of a draft that rules treat differently. Each rule lists the line scopes it applies to; inline
/// regions (URLs, e-mail addresses, placeholders, order numbers, comments) are never matched by style rules.
public enum Scope: String, CaseIterable, Sendable, Codable {
    /// The agent's own text.
    case body
    /// An opening salutation line ("Hi Anna,", "Sehr geehrte Frau Weber,").
    case greeting
    /// The sign-off and everything after it (name, signature).
    case signoff
    /// Quoted customer text: `>` lines and the thread below "On … wrote:"; never linted for style.
    case quoted
    /// A URL.
    case url
    /// An e-mail address.
    case email
    /// A template placeholder such as `{{first_name}}`.
    case placeholder
    /// An order, tracking or ticket number.
    case orderNumber = "order-number"
    /// An HTML, Handlebars or Liquid comment (where suppressions live).
    case comment
    /// Code in backticks (`` `{name}` ``): shown to the customer as written, never a placeholder or prose.
    case code

    /// Scopes that describe whole lines.
    static let lineScopes: Set<Scope> = [.body, .greeting, .signoff, .quoted]
}
