import TactfulData
import TactfulYAML

/// The SLA policies by channel (`chat`, `email`, `social`, `phone`, or any a config names).
///
/// The defaults come from the channel table of seed 002 (`Glossaries/sla/policies.yml`); a config file's
/// `sla: policies:` section is laid over them field by field.
public struct SLAPolicies: Sendable {
    /// Policies by channel name.
    public var channels: [String: SLAPolicy]
    /// Where the policies come from (the defaults' source, or a config path).
    public var source: String

    /// The built-in defaults.
    public static func builtIn() throws(TimeError) -> SLAPolicies {
        let path = "Glossaries/sla/policies.yml"
        return try SLAPolicies(yaml: BuiltInData.text(at: path) ?? "", path: path, isDefaults: true)
    }

    /// Policies from a config file: a top-level `sla:` holding `policies:`; other top-level sections are left
    /// to the features they belong to. With `isDefaults`, the file also carries `source:` and `notes:`.
    public init(yaml text: String, path: String, isDefaults: Bool = false) throws(TimeError) {
        self = try TimeError.reading { () throws(PositionedError) in
            try Self.read(try YAMLNode.parse(text, path: path), isDefaults: isDefaults)
        }
    }

    /// The `sla:` section of a parsed config file.
    private static func read(_ root: YAMLNode, isDefaults: Bool) throws(PositionedError) -> SLAPolicies {
        var sourceText = root.path
        var slaNode: YAMLNode?
        for (key, value) in try root.pairs("a config") {
            switch try key.string("a key") {
            case "sla": slaNode = value
            case "source" where isDefaults: sourceText = try value.string("source")
            default: continue
            }
        }
        guard let slaNode else { throw root.error("no 'sla:' section") }
        let sla = try slaNode.fields("the sla section", allowed: ["policies"])
        guard let policies = sla["policies"] else { throw slaNode.error("the sla section needs 'policies:'") }
        var channels: [String: SLAPolicy] = [:]
        for (key, value) in try policies.pairs("policies") {
            channels[try key.string("a channel")] = try policy(value, allowsPriorities: true)
        }
        return SLAPolicies(channels: channels, source: sourceText)
    }

    /// The built-in defaults with a config file's `sla:` section laid over them; the defaults alone when the file
    /// has no such section (it may hold only other features' settings).
    public static func builtIn(overlaidWithConfig text: String, path: String) throws(TimeError) -> SLAPolicies {
        let defaults = try builtIn()
        return try TimeError.reading { () throws(PositionedError) in
            let root = try YAMLNode.parse(text, path: path)
            let keys = try root.pairs("a config").map { pair throws(PositionedError) in try pair.key.string("a key") }
            guard keys.contains("sla") else { return defaults }
            return defaults.overlaid(with: try read(root, isDefaults: false))
        }
    }

    /// Policies from their parts.
    public init(channels: [String: SLAPolicy], source: String) {
        self.channels = channels
        self.source = source
    }

    /// These policies with `other`'s laid over them, channel by channel.
    public func overlaid(with other: SLAPolicies) -> SLAPolicies {
        var merged = channels
        for (name, policy) in other.channels {
            merged[name] = channels[name].map { $0.overlaid(with: policy) } ?? policy
        }
        return SLAPolicies(channels: merged, source: other.source + " over " + source)
    }

    /// The target for a channel, metric and optional priority; throws naming what is missing.
    public func target(channel: String, metric: SLAMetric, priority: String? = nil) throws(TimeError) -> SLATarget {
        guard var policy = channels[channel] else {
            throw .unknownPolicy(
                "no SLA policy for channel '\(channel)' (known: \(channels.keys.sorted().joined(separator: ", ")))")
        }
        if let priority {
            guard let override = policy.priorities[priority] else {
                throw .unknownPolicy(
                    "channel '\(channel)' has no priority '\(priority)' (known: \(policy.priorities.keys.sorted().joined(separator: ", ")))"
                )
            }
            policy = policy.overlaid(with: override)
        }
        guard let seconds = policy.targets[metric] else {
            throw .unknownPolicy(
                "channel '\(channel)' has no \(metric.yamlKey) target; set one under sla: policies: \(channel): in a config file"
            )
        }
        return SLATarget(seconds: seconds, clock: policy.clock ?? .business)
    }

    private static func policy(_ node: YAMLNode, allowsPriorities: Bool) throws(PositionedError) -> SLAPolicy {
        let keys = ["clock"] + SLAMetric.allCases.map(\.yamlKey) + (allowsPriorities ? ["priorities"] : [])
        let fields = try node.fields("a policy", allowed: keys)
        var clock: SLAClockKind?
        if let clockNode = fields["clock"] {
            let text = try clockNode.string("clock")
            guard let kind = SLAClockKind(rawValue: text) else {
                throw clockNode.error("clock is 'business' or 'calendar', not '\(text)'")
            }
            clock = kind
        }
        var targets: [SLAMetric: Double] = [:]
        for metric in SLAMetric.allCases {
            guard let targetNode = fields[metric.yamlKey] else { continue }
            let text = try targetNode.string(metric.yamlKey)
            do { targets[metric] = try DurationText.seconds(in: text) } catch {
                throw targetNode.error(error.description)
            }
        }
        var priorities: [String: SLAPolicy] = [:]
        for (key, value) in try fields["priorities"]?.pairs("priorities") ?? [] {
            priorities[try key.string("a priority")] = try policy(value, allowsPriorities: false)
        }
        return SLAPolicy(clock: clock, targets: targets, priorities: priorities)
    }
}
