/// One agent's scorecard line: an item, its score (0–100, higher is better) and what it was computed from.
///
/// The formula (docs/QA.md): for a category item, `100 × (1 − flagged / replies)` where `flagged` counts the
/// agent's replies with at least one finding in the item's categories; timeliness is the SLA met percentage of the
/// replies timed against a target; language the percentage of replies in the customer's language among those whose
/// languages could both be told. Items a person scores (empathy, questions answered) carry no score: the report
/// points the reviewer to the coaching sample. There is no overall score.
public struct ScorecardLine: Sendable, Codable, Equatable {
    /// The item.
    public var item: ScorecardItem
    /// The score, rounded to 0.1; nil when nothing was measurable (or a person scores it).
    public var score: Double?
    /// The team's score for the same item.
    public var teamScore: Double?
    /// The signals it is computed from (finding categories, `sla`, `reply-language`).
    public var signals: [String]
    /// The replies that lowered the score (flagged, missed, or in another language).
    public var flagged: Int
    /// The replies the score is computed over.
    public var measured: Int
}

/// The scorecard of a group of replies.
public enum Scorecard {
    /// The lines of `stats`, with `team`'s scores beside them.
    public static func lines(_ stats: GroupStats, team: GroupStats) -> [ScorecardLine] {
        ScorecardItem.allCases.map { item in
            let (score, flagged, measured) = value(item, stats)
            return ScorecardLine(
                item: item, score: score, teamScore: value(item, team).score, signals: item.signals, flagged: flagged,
                measured: measured)
        }
    }

    private static func value(_ item: ScorecardItem, _ stats: GroupStats) -> (
        score: Double?, flagged: Int, measured: Int
    ) {
        switch item {
        case .timeliness:
            return (stats.slaMetPercent, stats.slaMeasured - stats.slaMet, stats.slaMeasured)
        case .language:
            return (
                stats.inCustomerLanguagePercent, stats.languageKnown - stats.inCustomerLanguage, stats.languageKnown
            )
        case .empathy, .questionsAnswered:
            return (nil, 0, 0)
        case .tone, .policyAccuracy, .safety:
            let flagged = stats.flaggedByItem[item] ?? 0
            return (percent(stats.replies - flagged, of: stats.replies), flagged, stats.replies)
        }
    }
}
