/// How serious a finding is; `--fail-on` compares against it.
public enum Severity: String, CaseIterable, Sendable, Codable, Comparable {
    case info, warning, error

    /// `info` < `warning` < `error`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
