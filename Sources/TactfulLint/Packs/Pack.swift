/// A market or language pack: its rules, and the inherited rules it switches off.
public struct Pack: Sendable {
    /// The pack's name (`de-AT`), as its file is named.
    public let name: String
    /// Where it was read from (`Locales/de-AT.yml` or a user path).
    public let path: String
    /// What the pack covers, for `tactful rules`.
    public let description: String
    /// Rules in file order.
    let rules: [any RuleKind]
    /// Ids of rules from more general packs that do not apply here.
    public let disabled: Set<String>
    /// Whole, well-written replies for this pack's market that must produce no warning or error from any rule.
    public let cleanReplies: [String]

    /// This pack with a user's pack of the same name on top: its rules are added, replacing same-id rules,
    /// and its `disable:` list joins this one's.
    func extended(by user: Pack) -> Pack {
        let replaced = Set(user.rules.map(\.info.id))
        return Pack(
            name: name, path: user.path, description: description,
            rules: rules.filter { !replaced.contains($0.info.id) } + user.rules,
            disabled: disabled.union(user.disabled), cleanReplies: cleanReplies + user.cleanReplies)
    }

    /// The declarations of the pack's rules.
    public var ruleInfos: [RuleInfo] { rules.map(\.info) }
}

/// Reads packs from YAML, reporting every problem as `path:line:col: error: …`.
enum PackLoader {
    /// Reads the pack `text` read from `path`. `deferringExamples`: a built-in pack's rules leave their examples to be
    /// read on first use (a lint never reads them); otherwise every rule's are read, and their errors reported, now.
    static func load(_ text: String, path: String, glossaries: GlossaryStore, deferringExamples: Bool = false)
        throws(PackError) -> Pack
    {
        let (map, examples) =
            deferringExamples ? try YAMLMap.parsePack(text, path: path) : (try YAMLMap.parse(text, path: path), nil)
        let name = try map.string("pack")
        let description = try map.optionalString("description") ?? ""
        let disabled = Set(try map.strings("disable"))
        let cleanReplies = try map.strings("clean-replies")
        var rules: [any RuleKind] = []
        var ids: Set<String> = []
        for (index, ruleMap) in try map.maps("rules").enumerated() {
            let deferred = examples.flatMap { index < $0.count ? $0[index] : nil }
            let rule = try makeRule(ruleMap, pack: path, glossaries: glossaries, deferredExamples: deferred)
            guard ids.insert(rule.info.id).inserted else {
                throw ruleMap.error(ruleMap.node, "duplicate rule id '\(rule.info.id)'")
            }
            try ruleMap.rejectUnknownKeys()
            rules.append(rule)
        }
        try map.rejectUnknownKeys()
        return Pack(
            name: name, path: path, description: description, rules: rules, disabled: disabled,
            cleanReplies: cleanReplies)
    }

    private typealias Constructor = @Sendable (RuleInfo, YAMLMap, GlossaryStore) throws(PackError) -> any RuleKind

    /// The one table from a rule's `kind:` to its type.
    private static let kinds: [(name: String, make: Constructor)] = [
        ("phrase", { info, map, _ throws(PackError) in try PhraseRule(info: info, map: map) }),
        (
            "substitution",
            { info, map, glossaries throws(PackError) in
                try SubstitutionRule(info: info, map: map, glossaries: glossaries)
            }
        ),
        ("register", { info, map, _ throws(PackError) in try RegisterRule(info: info, map: map) }),
        ("pattern", { info, map, _ throws(PackError) in try PatternRule(info: info, map: map) }),
        ("metric", { info, map, _ throws(PackError) in try MetricRule(info: info, map: map) }),
        ("pii", { info, map, _ throws(PackError) in try PIIRule(info: info, map: map) }),
        ("format", { info, map, _ throws(PackError) in try FormatRule(info: info, map: map) }),
        ("script", { info, map, _ throws(PackError) in try ScriptRule(info: info, map: map) }),
        ("occasion", { info, map, _ throws(PackError) in try OccasionRule(info: info, map: map) }),
        ("season", { info, map, _ throws(PackError) in try SeasonRule(info: info, map: map) }),
        ("weekend", { info, map, _ throws(PackError) in try WeekendRule(info: info, map: map) }),
        ("language", { info, map, _ throws(PackError) in try LanguageRule(info: info, map: map) }),
        ("variety", { info, map, _ throws(PackError) in try VarietyRule(info: info, map: map) }),
        ("request", { info, map, _ throws(PackError) in try RequestRule(info: info, map: map) }),
        ("law", { info, map, _ throws(PackError) in try LawRule(info: info, map: map) }),
        ("stance", { info, map, _ throws(PackError) in try StanceRule(info: info, map: map) }),
        ("taboo", { info, map, _ throws(PackError) in try TabooRule(info: info, map: map) }),
    ]

    private static func makeRule(
        _ map: YAMLMap, pack: String, glossaries: GlossaryStore, deferredExamples: DeferredExamples?
    ) throws(PackError) -> any RuleKind {
        let kind = try map.string("kind")
        guard let constructor = kinds.first(where: { $0.name == kind }) else {
            let names = kinds.map(\.name)
            throw map.error(
                map.node("kind") ?? map.node,
                "unknown rule kind '\(kind)' (expected \(names.dropLast().joined(separator: ", ")) or \(names.last!))")
        }
        return try constructor.make(try RuleInfo(map, pack: pack, deferredExamples: deferredExamples), map, glossaries)
    }
}
