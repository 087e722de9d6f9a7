import TactfulLint

/// A group's figures as the report prints them (JSON, CSV, HTML): the team, an agent, a market, a week.
public struct GroupSummary: Sendable, Codable, Equatable {
    /// A rule and how often it fired.
    public struct RuleCount: Sendable, Codable, Equatable {
        /// The rule id.
        public var rule: String
        /// Its category.
        public var category: String
        /// Findings.
        public var count: Int
    }

    /// SLA figures.
    public struct SLA: Sendable, Codable, Equatable {
        /// Replies timed against a target.
        public var measured: Int
        /// Replies within it.
        public var met: Int
        /// `met` as a percentage of `measured`, rounded to 0.1.
        public var metPercent: Double?
        /// Replies past their target.
        public var missed: Int
        /// How far past the target a missed reply came: the median, in seconds (within 1 %).
        public var missedByMedianSeconds: Double?
    }

    /// Response-time quantiles in seconds, each on its channel policy's clock (business unless calendar).
    public struct Times: Sendable, Codable, Equatable {
        /// Replies timed (with or without a target).
        public var count: Int
        /// Median seconds (within 1 %).
        public var median: Double?
        /// 90th percentile seconds (within 1 %).
        public var p90: Double?
    }

    /// The group's name: an agent, a market tag, an ISO week, or `team`.
    public var key: String
    /// Replies.
    public var replies: Int
    /// Replies with at least one finding.
    public var repliesWithFindings: Int
    /// Findings by category.
    public var findings: [String: Int]
    /// Findings per 100 replies by category (every category, zeros included), rounded to 0.1.
    public var findingsPer100: [String: Double]
    /// Replies with at least one finding of a category.
    public var repliesFlagged: [String: Int]
    /// SLA met.
    public var sla: SLA
    /// All response times (first and next replies).
    public var responseSeconds: Times
    /// First-reply times.
    public var firstReplySeconds: Times
    /// The percentage of replies in the customer's language (of those whose languages were told).
    public var inCustomerLanguagePercent: Double?
    /// The five rules that fired most.
    public var topRules: [RuleCount]

    /// The summary of `stats` under `key`.
    public init(key: String, _ stats: GroupStats) {
        self.key = key
        replies = stats.replies
        repliesWithFindings = stats.flagged
        let categories = Category.allCases.filter { $0 != .template }
        findings = Dictionary(uniqueKeysWithValues: categories.map { ($0.rawValue, stats.findings[$0] ?? 0) })
        findingsPer100 = Dictionary(
            uniqueKeysWithValues: categories.map { ($0.rawValue, (stats.per100($0) * 10).rounded() / 10) })
        repliesFlagged = Dictionary(
            uniqueKeysWithValues: categories.map { ($0.rawValue, stats.flaggedByCategory[$0] ?? 0) })
        sla = SLA(
            measured: stats.slaMeasured, met: stats.slaMet, metPercent: stats.slaMetPercent,
            missed: stats.slaMeasured - stats.slaMet,
            missedByMedianSeconds: stats.overshoot.quantile(0.5).map { ($0 * 10).rounded() / 10 })
        responseSeconds = Self.times(stats.responseTimes)
        firstReplySeconds = Self.times(stats.firstReplyTimes)
        inCustomerLanguagePercent = stats.inCustomerLanguagePercent
        topRules = stats.topRules(5).map { RuleCount(rule: $0.rule, category: $0.category.rawValue, count: $0.count) }
    }

    private static func times(_ histogram: DurationHistogram) -> Times {
        func rounded(_ value: Double?) -> Double? { value.map { ($0 * 10).rounded() / 10 } }
        return Times(
            count: histogram.count, median: rounded(histogram.quantile(0.5)), p90: rounded(histogram.quantile(0.9)))
    }
}
