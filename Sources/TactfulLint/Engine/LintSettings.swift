/// What a config changes about findings: rules switched off, severities changed, terms never flagged.
public struct LintSettings: Sendable, Equatable {
    /// Rule id → new severity, or nil to switch the rule off.
    public var ruleLevels: [String: Severity?]
    /// Terms (brand names, product names) never to flag.
    public var ignoredTerms: [String]
    /// The support team's IANA time zone (`team: {timezone: …}`, `--team-zone`, `teamTimeZone`): a clock time with no
    /// zone in a reply to a customer on another clock is then a finding.
    public var teamTimeZone: String?

    /// Settings that change nothing.
    public init(ruleLevels: [String: Severity?] = [:], ignoredTerms: [String] = [], teamTimeZone: String? = nil) {
        self.ruleLevels = ruleLevels
        self.ignoredTerms = ignoredTerms
        self.teamTimeZone = teamTimeZone
    }

    /// True unless the config switches the rule off.
    public func isEnabled(_ id: String) -> Bool {
        guard let level = ruleLevels[id] else { return true }
        return level != nil
    }

    /// The finding with the configured severity, or nil when its rule is off.
    func apply(_ finding: Finding) -> Finding? {
        guard let level = ruleLevels[finding.rule] else { return finding }
        guard let severity = level else { return nil }
        var changed = finding
        changed.severity = severity
        return changed
    }
}
