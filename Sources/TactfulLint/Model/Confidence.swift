/// How sure a rule is of its findings; only high-confidence problems default to errors.
public enum Confidence: String, CaseIterable, Sendable, Codable {
    case high, medium, low
}
