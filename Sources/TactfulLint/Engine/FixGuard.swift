/// The write policy of `--fix` and of every door's "lint and rewrite": apply the chosen fixes, lint the result
/// again, and keep it only when no finding appeared that was not there before and the placeholders are the same
/// (the ones the root pack's placeholder rules find: `{{x}}`, `{x}`, `${x}`, `%s`, `%%NAME%%`, `[Name]`…).
///
/// Pure: it reads no file and writes none; the CLI writes the kept text (``TextFile/write(_:)``), the network
/// doors return it.
public enum FixGuard {
    /// Why a rewrite was not kept.
    public enum Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        /// Re-linting found findings the original did not have (how many, and the rule of the first).
        case newFindings(count: Int, firstRule: String)
        /// A placeholder would be added, dropped or altered.
        case placeholdersChanged

        /// Completes "fixes not kept: …", e.g. `they would change the placeholders`.
        public var description: String {
            switch self {
            case .newFindings(let count, let rule): "they would introduce \(count) new finding(s), e.g. \(rule)"
            case .placeholdersChanged: "they would change the placeholders"
            }
        }
    }

    /// What a guarded rewrite gives: the text to keep, its findings, and how many fixes it holds.
    public struct Outcome: Sendable {
        /// The fixed text, or the original when nothing applied or the rewrite was refused.
        public let text: String
        /// The findings of ``text``.
        public let findings: [Finding]
        /// How many fixes ``text`` holds (0 when refused).
        public let applied: Int
        /// Why the rewrite was refused, or nil when it was kept (or there was nothing to apply).
        public let refusal: Refusal?
    }

    /// Applies the fixes `mode` chooses from `findings` (the findings of `text`) and keeps the result only when
    /// `linter` finds nothing new in it and its placeholders are those of `text`.
    public static func rewrite(
        _ text: String, findings: [Finding], mode: FixApplier.Mode, linter: Linter, channel: Channel,
        uiLanguage: UILanguage
    ) throws(LintError) -> Outcome {
        let (fixed, applied) = FixApplier.apply(findings, to: text, mode: mode)
        guard applied > 0 else { return Outcome(text: text, findings: findings, applied: 0, refusal: nil) }
        let after = try linter.lint(fixed, channel: channel, uiLanguage: uiLanguage)
        let before = Set(findings.map(identity(of:)))
        let introduced = after.filter { !before.contains(identity(of: $0)) }
        if let first = introduced.first {
            let refusal = Refusal.newFindings(count: introduced.count, firstRule: first.rule)
            return Outcome(text: text, findings: findings, applied: 0, refusal: refusal)
        }
        guard try placeholders(in: fixed, linter: linter) == placeholders(in: text, linter: linter) else {
            return Outcome(text: text, findings: findings, applied: 0, refusal: .placeholdersChanged)
        }
        return Outcome(text: fixed, findings: after, applied: applied, refusal: nil)
    }

    /// The placeholders of `text` as written, sorted: what the placeholder scope of a lint finds.
    /// Read section by section, as the linter reads a long text, so that memory stays bounded.
    static func placeholders(in text: String, linter: Linter) throws(LintError) -> [String] {
        var found: [String] = []
        for section in TextSections(text) {
            let document: Document
            do {
                document = try Document(
                    text: section.text, language: linter.ruleSet.market.locale, pool: linter.ruleSet.pool)
            } catch { throw LintError(description: "could not segment the text: \(error)") }
            found += document.placeholderRegions.map { String(decoding: document.utf16[$0], as: UTF16.self) }
        }
        return found.sorted()
    }

    /// A finding is "the same" before and after a rewrite when its rule and matched text are (positions move).
    private static func identity(of finding: Finding) -> String { "\(finding.rule)\u{0}\(finding.match)" }
}
