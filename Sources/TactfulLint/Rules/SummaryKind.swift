/// A rule that judges the draft from other rules' findings: it runs after them, on the same section, and its findings
/// go through the same scopes, suppressions and budget.
protocol SummaryKind: RuleKind {
    /// The ids of the rules whose findings it reads.
    var evidenceRules: Set<String> { get }
    /// Findings from the evidence rules' findings in this section (before severity overrides).
    func findings(in context: LintContext, evidence: [Finding]) -> [Finding]
}

extension SummaryKind {
    var asSummary: (any SummaryKind)? { self }
}
