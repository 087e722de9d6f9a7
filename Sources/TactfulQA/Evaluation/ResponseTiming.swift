/// How long a reply took against its channel's SLA target.
public struct ResponseTiming: Sendable, Codable, Equatable {
    /// `first-reply` (the ticket's first public agent reply) or `next-reply` (a later one).
    public var metric: String
    /// Seconds from the customer's oldest unanswered message to the reply, on `clock`.
    public var seconds: Double
    /// `business` (the team schedule's open hours) or `calendar`, as the channel's policy says.
    public var clock: String
    /// The policy's target, when it has one for this metric.
    public var targetSeconds: Double?
    /// Whether the reply came within the target; nil without a target.
    public var met: Bool?
    /// Seconds past the target when missed (zero when met); nil without a target.
    public var overBySeconds: Double?
}
