import TactfulYAML

/// What an SLA target measures.
public enum SLAMetric: String, CaseIterable, Sendable {
    /// The first reply to a new conversation.
    case firstReply
    /// Each later reply after the customer writes again.
    case nextReply
    /// Solving the customer's problem.
    case resolution
}

/// Whether an SLA target counts every second or only the team's open hours.
public enum SLAClockKind: String, CaseIterable, Sendable {
    /// Open hours of the team's schedule only.
    case business
    /// Every second, day and night.
    case calendar
}

/// One channel's SLA: its clock kind, its targets per metric, and per-priority overrides.
public struct SLAPolicy: Sendable {
    /// The clock the targets run on; nil to inherit (in an override).
    public var clock: SLAClockKind?
    /// Target seconds per metric.
    public var targets: [SLAMetric: Double]
    /// Overrides by priority name (`urgent`, `high`, …).
    public var priorities: [String: SLAPolicy]

    /// A policy from its parts.
    public init(clock: SLAClockKind?, targets: [SLAMetric: Double], priorities: [String: SLAPolicy] = [:]) {
        self.clock = clock
        self.targets = targets
        self.priorities = priorities
    }

    /// This policy with `other`'s fields laid over it (field by field; priorities merged by name).
    public func overlaid(with other: SLAPolicy) -> SLAPolicy {
        var merged = self
        merged.clock = other.clock ?? clock
        merged.targets.merge(other.targets) { $1 }
        for (name, override) in other.priorities {
            merged.priorities[name] = priorities[name].map { $0.overlaid(with: override) } ?? override
        }
        return merged
    }
}

/// A resolved SLA target: how long, on which clock, from which policy.
public struct SLATarget: Equatable, Sendable {
    /// Seconds.
    public let seconds: Double
    /// The clock kind.
    public let clock: SLAClockKind

    /// A target of `seconds` on `clock`.
    public init(seconds: Double, clock: SLAClockKind) {
        self.seconds = seconds
        self.clock = clock
    }
}

extension SLAMetric {
    /// The metric's key in a config file's policies (`first-reply`; the camelCase raw value is accepted too).
    var yamlKey: String { KeySpelling.kebab(rawValue) }
}
