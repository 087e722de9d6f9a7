/// How a market expects the customer to be addressed, from its `register` rules (`Locales/<pack>.yml`): the
/// register each channel expects, the markers of each register, the rule's message and its source.
public struct RegisterNorm: Sendable, Equatable {
    /// The rule's id (`de.formality.du`).
    public let rule: String
    /// Channel (`email`, `chat`, `sms`, `social`) → `formal`, `informal` or `either`, for every channel.
    public let norms: [(channel: String, register: String)]
    /// Markers of the formal register, as the pack lists them (`Sie`, `Ihnen`…).
    public let formalMarkers: [String]
    /// Markers of the informal register (`du`, `dich`…).
    public let informalMarkers: [String]
    /// The rule's message in the UI language.
    public let message: String
    /// Where the norm comes from.
    public let source: String

    public static func == (lhs: RegisterNorm, rhs: RegisterNorm) -> Bool {
        lhs.rule == rhs.rule && lhs.norms.map(\.channel) == rhs.norms.map(\.channel)
            && lhs.norms.map(\.register) == rhs.norms.map(\.register) && lhs.formalMarkers == rhs.formalMarkers
            && lhs.informalMarkers == rhs.informalMarkers && lhs.message == rhs.message && lhs.source == rhs.source
    }
}

extension RuleSet {
    /// The register norms of the market's `register` rules, in rule order, with messages in `uiLanguage`.
    public func registerNorms(uiLanguage: UILanguage) -> [RegisterNorm] {
        rules.compactMap { $0 as? RegisterRule }.map { rule in
            RegisterNorm(
                rule: rule.info.id,
                norms: Channel.allCases.map { ($0.rawValue, (rule.norms[$0] ?? rule.defaultNorm).rawValue) },
                formalMarkers: rule.formal, informalMarkers: rule.informal,
                message: rule.info.message(in: uiLanguage), source: rule.info.source)
        }
    }
}
