import TactfulLint

/// An item of the QA scorecard, after the criteria of seed 003's scorecard ("did the reply show empathy", "were all
/// questions answered", "was the tone right", "was the policy stated correctly") plus safety, timeliness (seed 003:
/// "measure first reply time") and language. Each computed item names the signals it is computed from.
public enum ScorecardItem: String, CaseIterable, Sendable, Codable {
    /// Tone: negative phrasing, formality (register for the market), register mixing.
    case tone
    /// Policy accuracy: consumer-law statements (statutory periods, exclusions).
    case policyAccuracy = "policy-accuracy"
    /// Safety: personal data sent (card numbers, IBANs, requests for them) and unfilled placeholders.
    case safety
    /// Timeliness: first and next replies within the channel's SLA target.
    case timeliness
    /// Language: the reply is in the customer's language.
    case language
    /// Empathy: not measurable from lint signals; a reviewer scores it on the coaching sample.
    case empathy
    /// All questions answered: likewise for a reviewer.
    case questionsAnswered = "questions-answered"

    /// The finding categories an item counts; empty for items computed otherwise or by a person.
    public var categories: [Category] {
        switch self {
        case .tone: [.negativePhrasing, .formality, .registerMix]
        case .policyAccuracy: [.legal]
        case .safety: [.privacy, .placeholder]
        case .timeliness, .language, .empathy, .questionsAnswered: []
        }
    }

    /// The signals named in the report.
    public var signals: [String] {
        switch self {
        case .timeliness: ["sla"]
        case .language: ["reply-language"]
        case .empathy, .questionsAnswered: []
        default: categories.map(\.rawValue)
        }
    }

    /// Items a person scores on the coaching sample.
    public var needsReviewer: Bool { self == .empathy || self == .questionsAnswered }
}
