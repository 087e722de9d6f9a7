/// The fixed vocabulary of finding categories shared by reports, configs and tests.
public enum Category: String, CaseIterable, Sendable, Codable, Comparable {
    case formality, registerMix = "register-mix", taboo, culture, negativePhrasing = "negative-phrasing"
    case vocabulary, placeholder, currency, units, dateTime = "date-time", privacy, legal, readability
    /// Findings about a template library rather than a text: a missing translation, a template whose market is
    /// unknown (`tactful check` only; packs may not use it).
    case template

    /// Orders by declaration order.
    public static func < (lhs: Category, rhs: Category) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
