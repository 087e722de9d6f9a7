/// Collects evaluated replies into totals per team, agent, market, week and agent-week, and the coaching sample.
/// Memory grows with agents, markets and weeks, not with tickets.
public struct QAAggregator: Sendable {
    private var team = GroupStats()
    private var agents: [String: GroupStats] = [:]
    private var markets: [String: GroupStats] = [:]
    private var weeks: [String: GroupStats] = [:]
    private var agentWeeks: [String: [String: GroupStats]] = [:]
    private var sampler: CoachingSampler
    private let mask: @Sendable (String) -> String

    /// An aggregator sampling `sampleRate` (0…1) of each agent's replies with `seed`; quoted text passes through
    /// `mask`.
    public init(sampleRate: Double, seed: UInt64, mask: @escaping @Sendable (String) -> String) {
        sampler = CoachingSampler(rate: sampleRate, seed: seed)
        self.mask = mask
    }

    /// Counts a reply.
    public mutating func add(_ reply: ReplyEvaluation) {
        team.add(reply)
        agents[reply.agent, default: GroupStats()].add(reply)
        markets[reply.market, default: GroupStats()].add(reply)
        weeks[reply.week, default: GroupStats()].add(reply)
        agentWeeks[reply.agent, default: [:]][reply.week, default: GroupStats()].add(reply)
        sampler.offer(reply) { SampleReply(reply, mask: mask) }
    }

    /// The report's figures.
    public func sections() -> (
        team: GroupSummary, teamScorecard: [ScorecardLine], agents: [QAReport.Agent], markets: [GroupSummary],
        weeks: [GroupSummary]
    ) {
        let agentSections = agents.keys.sorted().map { name in
            let stats = agents[name] ?? GroupStats()
            return QAReport.Agent(
                agent: name, summary: GroupSummary(key: name, stats), scorecard: Scorecard.lines(stats, team: team),
                weeks: (agentWeeks[name] ?? [:]).sorted { $0.key < $1.key }.map { GroupSummary(key: $0.key, $0.value) },
                sample: sampler.sample(for: name))
        }
        let marketSections = markets.map { GroupSummary(key: $0.key, $0.value) }
            .sorted { (Self.density($1), $0.key) < (Self.density($0), $1.key) }
        return (
            GroupSummary(key: "team", team), Scorecard.lines(team, team: team), agentSections, marketSections,
            weeks.sorted { $0.key < $1.key }.map { GroupSummary(key: $0.key, $0.value) }
        )
    }

    /// Findings per 100 replies over every category.
    static func density(_ summary: GroupSummary) -> Double { summary.findingsPer100.values.reduce(0, +) }
}
