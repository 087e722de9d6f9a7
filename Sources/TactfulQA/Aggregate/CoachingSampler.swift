/// The coaching sample: `rate` of each agent's replies (rounded up), the replies with the smallest
/// ``SampleHash`` values for the seed — stratified per agent and reproducible.
///
/// While reading, only replies whose hash is below twice the rate are kept, plus each agent's 8 smallest above
/// it: memory is a fraction of the replies, not all of them. An agent who then has fewer candidates than the sample
/// needs (improbable beyond a handful of replies) gets all of them.
public struct CoachingSampler: Sendable {
    private typealias Candidate = (hash: Double, reply: SampleReply)
    /// The share of each agent's replies sampled (0…1).
    public let rate: Double
    /// The seed.
    public let seed: UInt64
    private var below: [String: [Candidate]] = [:]
    private var spare: [String: [Candidate]] = [:]
    private var replies: [String: Int] = [:]
    private static let spares = 8

    /// A sampler of `rate` of each agent's replies, seeded with `seed`.
    public init(rate: Double, seed: UInt64) {
        self.rate = rate
        self.seed = seed
    }

    /// Offers a reply; `make` builds its sample entry only when it may be kept.
    public mutating func offer(_ reply: ReplyEvaluation, make: () -> SampleReply) {
        replies[reply.agent, default: 0] += 1
        guard rate > 0 else { return }
        let hash = SampleHash.value(seed: seed, ticket: reply.ticket, replyIndex: reply.replyIndex)
        if hash < min(1, rate * 2) {
            below[reply.agent, default: []].append((hash, make()))
            return
        }
        let list = spare[reply.agent] ?? []
        if list.count < Self.spares {
            spare[reply.agent, default: []].append((hash, make()))
        } else if let largest = list.indices.max(by: { list[$0].hash < list[$1].hash }), list[largest].hash > hash {
            spare[reply.agent]?[largest] = (hash, make())
        }
    }

    /// How many replies of `agent` were offered.
    public func replies(of agent: String) -> Int { replies[agent] ?? 0 }

    /// An agent's sample, by time.
    public func sample(for agent: String) -> [SampleReply] {
        let count = Int((rate * Double(replies[agent] ?? 0) - 1e-9).rounded(.up))
        return ((below[agent] ?? []) + (spare[agent] ?? [])).sorted { $0.hash < $1.hash }.prefix(count).map(\.reply)
            .sorted { ($0.at, $0.ticket) < ($1.at, $1.ticket) }
    }
}
