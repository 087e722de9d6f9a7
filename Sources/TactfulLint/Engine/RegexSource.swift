import TactfulICU

/// A regular expression's source, made once (by a rule at load time, or as a built-in constant) and used as the
/// pool's key by identity, so looking up its compiled form never hashes the pattern text.
final class RegexSource: Sendable {
    /// The ICU pattern.
    let pattern: String
    /// Whether it matches case-insensitively.
    let ignoresCase: Bool

    init(_ pattern: String, ignoresCase: Bool) {
        self.pattern = pattern
        self.ignoresCase = ignoresCase
    }

    /// Compiles it (with ICU's time and stack limits).
    func compile() throws(ICUError) -> ICU.Regex { try ICU.Regex(pattern, ignoresCase: ignoresCase) }
}
