/// The whole QA report: what was read, how, and the figures per team, agent, market and week. Its JSON form
/// (`--format json`) is a stable contract: fields are only ever added.
public struct QAReport: Sendable, Codable, Equatable {
    /// What was read.
    public struct Input: Sendable, Codable, Equatable {
        /// The export's path.
        public var path: String
        /// Its format.
        public var format: String
        /// Tickets read (including those skipped).
        public var tickets: Int
        /// Agent replies evaluated.
        public var replies: Int
        /// Records skipped.
        public var badRows: Int
        /// The first 100 of them, with their line numbers.
        public var badRowSamples: [BadRow]
    }

    /// How the figures were computed.
    public struct Settings: Sendable, Codable, Equatable {
        /// The schedule's IANA zone (business time and ISO weeks).
        public var timeZone: String
        /// Where the SLA policies come from.
        public var policies: String
        /// The sample rate in percent.
        public var samplePercent: Double
        /// The sample seed.
        public var seed: UInt64
        /// Whether quoted text has customer PII masked.
        public var redacted: Bool
        /// The language of the messages.
        public var uiLanguage: String
    }

    /// One agent's section.
    public struct Agent: Sendable, Codable, Equatable {
        /// The agent's name.
        public var agent: String
        /// Their figures.
        public var summary: GroupSummary
        /// Their scorecard.
        public var scorecard: [ScorecardLine]
        /// Their figures per ISO week, oldest first.
        public var weeks: [GroupSummary]
        /// The coaching sample.
        public var sample: [SampleReply]
    }

    /// What was read.
    public var input: Input
    /// How.
    public var settings: Settings
    /// The whole team.
    public var team: GroupSummary
    /// The team's scorecard (the same formula as an agent's).
    public var teamScorecard: [ScorecardLine]
    /// Per agent, by name.
    public var agents: [Agent]
    /// Per market, most findings per 100 replies first (the hot spots).
    public var markets: [GroupSummary]
    /// Per ISO week, oldest first.
    public var weeks: [GroupSummary]
}
