/// How many findings each rule may still report in one text: a text that repeats one mistake thousands of times
/// gets the first findings of each rule and then one finding saying how many more there are.
struct FindingBudget {
    /// Findings reported per rule before the rest are only counted.
    let perRule: Int
    private var reported: [String: Int] = [:]
    private var beyond: [String: (first: Finding, count: Int)] = [:]
    /// Rules whose first finding past the cap was found in the section being linted and is not yet placed.
    private var unplaced: [String] = []

    init(perRule: Int) { self.perRule = perRule }

    /// True while `finding`'s rule is under the cap; past it, the finding is counted and false returned.
    mutating func admits(_ finding: Finding) -> Bool {
        guard reported[finding.rule, default: 0] >= perRule else { return true }
        if let known = beyond[finding.rule] {
            beyond[finding.rule] = (known.first, known.count + 1)
        } else {
            beyond[finding.rule] = (finding, 1)
            unplaced.append(finding.rule)
        }
        return false
    }

    /// Gives the first findings past the cap found in this section their place (offsets, line and column) in the
    /// whole text.
    mutating func place(_ placed: (Finding) -> Finding) {
        for rule in unplaced {
            if let known = beyond[rule] { beyond[rule] = (placed(known.first), known.count) }
        }
        unplaced = []
    }

    /// Records that a finding of `rule` was reported.
    mutating func spend(on rule: String) { reported[rule, default: 0] += 1 }

    /// For each rule past the cap, a finding at the first unreported one saying how many were not reported
    /// (placed in the whole text).
    func summaries(uiLanguage: UILanguage) -> [Finding] {
        beyond.values.sorted { $0.first.span.lowerBound < $1.first.span.lowerBound }.map { first, more in
            var summary = first
            summary.message =
                uiLanguage == .zhHans
                ? "此文本中还有 \(more) 处同一规则的问题未列出（只列出前 \(perRule) 处）。"
                : "\(more) more findings of this rule in this text are not listed (the first \(perRule) are)."
            summary.fixes = []
            return summary
        }
    }
}
