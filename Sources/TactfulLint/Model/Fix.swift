/// A suggested rewrite of a finding's span.
public struct Fix: Hashable, Sendable, Codable {
    /// The replacement text (for a suggestion: a whole example sentence for the agent to adapt).
    public var replacement: String
    /// What the rewrite does, for the agent.
    public var description: String
    /// True for deterministic, local rewrites (`--fix`); false for rewordings (`--fix-unsafe`).
    public var safe: Bool
    /// True for a rewrite that would change what the sentence says (drop a negation, add a promise): shown to the
    /// agent, never applied by `--fix` or `--fix-unsafe`. Its `replacement` replaces the whole sentence.
    public var suggestion: Bool

    /// Creates a fix.
    public init(replacement: String, description: String, safe: Bool, suggestion: Bool = false) {
        self.replacement = replacement
        self.description = description
        self.safe = safe && !suggestion
        self.suggestion = suggestion
    }

    /// Decodes a fix; `suggestion` is false when absent (JSON written before it existed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        replacement = try container.decode(String.self, forKey: .replacement)
        description = try container.decode(String.self, forKey: .description)
        safe = try container.decode(Bool.self, forKey: .safe)
        suggestion = try container.decodeIfPresent(Bool.self, forKey: .suggestion) ?? false
    }

    /// Whether `--fix` (`.safe`) or `--fix-unsafe` (`.unsafe`) applies this fix.
    public func isApplied(in mode: FixApplier.Mode) -> Bool {
        !suggestion && (safe || mode == .unsafe)
    }
}
