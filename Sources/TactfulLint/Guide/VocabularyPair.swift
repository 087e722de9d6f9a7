/// "Write X, not Y" for a market, from its `substitution` rules of category `vocabulary` (the pairs inline in
/// `Locales/<pack>.yml` and the rows of `Glossaries/vocabulary/*.csv` the rules read), in rule order.
public struct VocabularyPair: Sendable, Equatable {
    /// The form the market uses.
    public let write: String
    /// The form that reads as another variety there.
    public let insteadOf: String
    /// The rule whose pair it is (`de-AT.vocabulary.food`).
    public let rule: String
    /// The rule's source (the dictionaries and lists its glossary is drawn from).
    public let source: String
}

extension RuleSet {
    /// Every vocabulary pair of the market's rules, in rule order and in each rule's order.
    public var vocabularyPairs: [VocabularyPair] {
        rules.compactMap { $0 as? SubstitutionRule }.filter { $0.info.category == .vocabulary }.flatMap { rule in
            zip(rule.right, rule.wrong).map { right, wrong in
                VocabularyPair(write: right, insteadOf: wrong, rule: rule.info.id, source: rule.info.source)
            }
        }
    }
}
