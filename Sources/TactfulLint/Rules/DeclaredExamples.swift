import Foundation

/// What a rule's `examples:` declare: texts that must trigger it, texts that must not, fixes, and the market, channel
/// and team zone they are linted with. Only `tactful rules test`, `tactful rules explain`, SARIF and the test suite
/// read them; a built-in pack's are read on first use (``DeferredExamples``), never by a lint.
struct DeclaredExamples: Sendable {
    /// The market the examples are written for (nil: the pack's own market).
    let market: String?
    /// The channel the examples are sent on.
    let channel: Channel
    /// The support team's time zone the examples are linted with (`team-zone:`).
    let teamZone: String?
    /// Texts that must trigger the rule; a `↓` marks where the finding must start.
    let triggers: [String]
    /// Texts that must not trigger the rule.
    let clean: [String]
    /// `before → after` pairs: applying the rule's first fix to `before` must give `after`.
    let corrections: [(before: String, after: String)]

    /// Reads a rule's `examples` mapping (nil when it has none); a rule without a triggering or a clean example is
    /// reported at `rule`, the rule's node, and any unknown key where it is.
    init(_ examples: YAMLMap?, rule: YAMLMap, id: String) throws(PackError) {
        market = try examples?.optionalString("market")
        channel = try examples?.choice("channel", Channel.self) ?? .email
        teamZone = try examples?.optionalString("team-zone")
        triggers = try examples?.strings("trigger") ?? []
        clean = try examples?.strings("clean") ?? []
        var corrections: [(String, String)] = []
        for pair in try examples?.maps("fix") ?? [] {
            corrections.append((try pair.string("before"), try pair.string("after")))
            try pair.rejectUnknownKeys()
        }
        self.corrections = corrections
        try examples?.rejectUnknownKeys()
        guard !triggers.isEmpty else {
            throw rule.error(rule.node, "rule '\(id)' needs examples: trigger (texts that must trigger it)")
        }
        guard !clean.isEmpty else {
            throw rule.error(rule.node, "rule '\(id)' needs examples: clean (texts that must not trigger it)")
        }
    }

    /// No examples (the template-library checks, which are not pack rules).
    init() {
        (market, channel, teamZone, triggers, clean, corrections) = (nil, .email, nil, [], [], [])
    }
}

/// A built-in rule's `examples:` left encoded in its pack's pre-parsed tree (see `PreparsedYAML.decodePack`), read
/// the first time a reader asks for them: a lint builds none of their strings.
final class DeferredExamples: @unchecked Sendable {  // `read` is guarded by `lock`
    private let encoded: String
    private let offset: Int
    private let path: String
    private let lock = NSLock()
    private var read: DeclaredExamples?

    /// The examples whose node starts at byte `offset` of `encoded`, the pre-parsed tree of the built-in pack at
    /// `path`.
    init(encoded: String, offset: Int, path: String) {
        (self.encoded, self.offset, self.path) = (encoded, offset, path)
    }

    /// The examples, read on first use. A built-in pack whose examples do not read is a broken build (every pack's
    /// examples are read by the test suite and by `tactful rules test`, which reads a pack whole), so it traps.
    func examples(rule id: String) -> DeclaredExamples {
        lock.withLock {
            if let read { return read }
            guard let node = PreparsedYAML.decode(encoded, at: offset) else {
                preconditionFailure("\(path): the pre-parsed examples of rule '\(id)' do not decode")
            }
            do {
                let map = try YAMLMap(node, path: path)
                let examples = try DeclaredExamples(map, rule: map, id: id)
                read = examples
                return examples
            } catch {
                preconditionFailure("\(error)")
            }
        }
    }
}
