import Foundation
import TactfulTime

/// Times replies against the SLA policies on the team's business clock: first-reply and next-reply time, met or
/// missed, by how much. The same `BusinessClock.elapsed` and `SLAPolicies.target` that `tactful sla` uses.
public final class ResponseClock: Sendable {
    /// The team's business clock.
    public let clock: BusinessClock
    /// The SLA policies by channel.
    public let policies: SLAPolicies

    /// A clock on `clock` with `policies`.
    public init(clock: BusinessClock, policies: SLAPolicies) {
        self.clock = clock
        self.policies = policies
    }

    /// The timing of a reply at `reply` to a customer message at `from`, on `channel`'s policy.
    public func timing(channel: QAChannel, metric: SLAMetric, from: Date, to reply: Date) throws(TimeError)
        -> ResponseTiming
    {
        let target = self.target(channel: channel, metric: metric)
        let kind = target?.clock ?? policies.channels[channel.policy]?.clock ?? .business
        let seconds =
            kind == .calendar ? max(0, reply.timeIntervalSince(from)) : try clock.elapsed(from: from, to: reply)
        return ResponseTiming(
            metric: metric == .firstReply ? "first-reply" : "next-reply", seconds: seconds, clock: kind.rawValue,
            targetSeconds: target?.seconds, met: target.map { seconds <= $0.seconds },
            overBySeconds: target.map { max(0, seconds - $0.seconds) })
    }

    /// The policy target for a channel and metric; `sms` without a policy of its own uses `chat`'s.
    public func target(channel: QAChannel, metric: SLAMetric) -> SLATarget? {
        if let target = try? policies.target(channel: channel.policy, metric: metric) { return target }
        guard channel.policy == "sms", policies.channels["sms"] == nil else { return nil }
        return try? policies.target(channel: "chat", metric: metric)
    }
}
