import TactfulLint

/// Running totals for a group of replies (an agent, a market, a week, the team): constant memory per group.
public struct GroupStats: Sendable {
    /// Replies counted.
    public private(set) var replies = 0
    /// Findings by category.
    public private(set) var findings: [Category: Int] = [:]
    /// Replies with at least one finding of a category.
    public private(set) var flaggedByCategory: [Category: Int] = [:]
    /// Replies with at least one finding counted by a scorecard item.
    public private(set) var flaggedByItem: [ScorecardItem: Int] = [:]
    /// Replies with any finding.
    public private(set) var flagged = 0
    /// Replies timed against a target, and how many met it.
    public private(set) var slaMeasured = 0
    /// Replies within their target.
    public private(set) var slaMet = 0
    /// How far past their target the missed replies came.
    public private(set) var overshoot = DurationHistogram()
    /// Response times of every timed reply (with or without a target).
    public private(set) var responseTimes = DurationHistogram()
    /// First-reply times.
    public private(set) var firstReplyTimes = DurationHistogram()
    /// Replies whose language and the customer's are both known; and how many match.
    public private(set) var languageKnown = 0
    /// Replies in the customer's language.
    public private(set) var inCustomerLanguage = 0
    /// Findings by rule id.
    public private(set) var rules: [String: (category: Category, count: Int)] = [:]

    /// Empty totals.
    public init() {}

    /// Counts one reply.
    public mutating func add(_ reply: ReplyEvaluation) {
        replies += 1
        var categories: Set<Category> = []
        for finding in reply.findings {
            findings[finding.category, default: 0] += 1
            categories.insert(finding.category)
            rules[finding.rule, default: (finding.category, 0)].count += 1
        }
        for category in categories { flaggedByCategory[category, default: 0] += 1 }
        for item in ScorecardItem.allCases where item.categories.contains(where: categories.contains) {
            flaggedByItem[item, default: 0] += 1
        }
        if !categories.isEmpty { flagged += 1 }
        if let timing = reply.timing {
            responseTimes.add(timing.seconds)
            if timing.metric == "first-reply" { firstReplyTimes.add(timing.seconds) }
            if let met = timing.met {
                slaMeasured += 1
                if met { slaMet += 1 } else { overshoot.add(timing.overBySeconds ?? 0) }
            }
        }
        if let matches = reply.inCustomerLanguage {
            languageKnown += 1
            if matches { inCustomerLanguage += 1 }
        }
    }

    /// SLA met as a percentage of timed replies with a target; nil when none.
    public var slaMetPercent: Double? { percent(slaMet, of: slaMeasured) }

    /// The share of replies in the customer's language, as a percentage; nil when none could be told.
    public var inCustomerLanguagePercent: Double? { percent(inCustomerLanguage, of: languageKnown) }

    /// Findings of `category` per 100 replies.
    public func per100(_ category: Category) -> Double {
        replies == 0 ? 0 : Double(findings[category] ?? 0) * 100 / Double(replies)
    }

    /// The `limit` rules that fired most, most first (ties by id).
    public func topRules(_ limit: Int) -> [(rule: String, category: Category, count: Int)] {
        rules.map { ($0.key, $0.value.category, $0.value.count) }
            .sorted { ($1.2, $0.0) < ($0.2, $1.0) }
            .prefix(limit).map { $0 }
    }
}

/// `part` of `whole` as a percentage rounded to 0.1; nil when `whole` is zero.
func percent(_ part: Int, of whole: Int) -> Double? {
    guard whole > 0 else { return nil }
    return (Double(part) * 1000 / Double(whole)).rounded() / 10
}
