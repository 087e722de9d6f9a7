import TactfulLint

/// A draft linted and rewritten under the write policy of `tactful lint --fix` (``FixGuard``): what
/// ``TactfulEngine/lintAndRewrite(_:mode:)`` answers.
public struct LintRewrite: Sendable {
    /// The draft's report before any fix.
    public let report: LintReport
    /// The rewritten draft; the draft as it was when nothing applied or the rewrite was refused.
    public let rewritten: String
    /// How many fixes ``rewritten`` holds (0 when refused).
    public let applied: Int
    /// The report of ``rewritten``: the findings that remain.
    public let after: LintReport
    /// Why the rewrite was refused (it would have introduced findings or changed the placeholders), else nil.
    public let refusal: FixGuard.Refusal?
}
