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

    /// This pack with a user's pack of the same name on top: its rules are added, replacing same-id rules,
    /// and its `disable:` list joins this one's.
    func extended(by user: Pack) -> Pack {
        let replaced = Set(user.rules.map(\.info.id))
        return Pack(name: name, path: user.path, description: description,
                    rules: rules.filter { !replaced.contains($0.info.id) } + user.rules,
                    disabled: disabled.union(user.disabled))
    }

    /// The declarations of the pack's rules.
    public var ruleInfos: [RuleInfo] { rules.map(\.info) }
}

/// Reads packs from YAML, reporting every problem as `path:line:col: error: …`.
enum PackLoader {
    static func load(_ text: String, path: String, glossaries: GlossaryStore) throws(PackError) -> Pack {
        let map = try YAMLMap.parse(text, path: path)
        let name = try map.string("pack")
        let description = try map.optionalString("description") ?? ""
        let disabled = Set(try map.strings("disable"))
        var rules: [any RuleKind] = []
        var ids: Set<String> = []
        for ruleMap in try map.maps("rules") {
            let rule = try makeRule(ruleMap, pack: path, glossaries: glossaries)
            guard ids.insert(rule.info.id).inserted else {
                throw ruleMap.error(ruleMap.node, "duplicate rule id '\(rule.info.id)'")
            }
            try ruleMap.rejectUnknownKeys()
            rules.append(rule)
        }
        try map.rejectUnknownKeys()
        return Pack(name: name, path: path, description: description, rules: rules, disabled: disabled)
    }

    /// The one switch from a rule's `kind:` to its type.
    private static func makeRule(_ map: YAMLMap, pack: String, glossaries: GlossaryStore) throws(PackError) -> any RuleKind {
        let kind = try map.string("kind")
        let info = try RuleInfo(map, pack: pack)
        switch kind {
        case "phrase": return try PhraseRule(info: info, map: map)
        case "substitution": return try SubstitutionRule(info: info, map: map, glossaries: glossaries)
        case "register": return try RegisterRule(info: info, map: map)
        case "pattern": return try PatternRule(info: info, map: map)
        case "metric": return try ReadabilityRule(info: info, map: map)
        case "pii": return try PIIRule(info: info, map: map)
        case "format": return try FormatRule(info: info, map: map)
        case "script": return try ScriptRule(info: info, map: map)
        default:
            throw map.error(map.node("kind") ?? map.node,
                            "unknown rule kind '\(kind)' (expected phrase, substitution, register, pattern, metric, pii, format or script)")
        }
    }
}
