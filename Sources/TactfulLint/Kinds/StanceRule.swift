/// `kind: stance` — the phrasings that make a reply read as a bare refusal or as blame, in every pack language
/// (`Glossaries/phrasing/stances.yml`): refusal, helplessness, policy as a shield, blame and hindsight, deflection,
/// passive aggression, condescension. Each finding carries its family's message and, as a suggestion (never
/// applied), an opening in the customer's language that leads with what the agent can do. Phrases are matched
/// through the tokeniser: `*` marks a stem ("어쩔 수 없*" finds 없어요 and 없습니다) or a glued prefix (Arabic
/// clitics). Each family names what in the context makes it advice only (`softened-by:` a way forward offered
/// right after, a third party named): a refusal can be softened, helplessness and blame cannot.
///
/// ```yaml
/// kind: stance       # no keys of its own: the families are data
/// ```
struct StanceRule: RuleKind {
    let info: RuleInfo
    private let families: [StanceFamily]
    /// Every phrase and exception with its family (nil: an exception).
    private let entries: [(family: Int?, text: String)]

    var literals: [Literal] { entries.map { StanceFamily.literal($0.text) } }
    var findsOnlyAtLiterals: Bool { true }

    init(info: RuleInfo, map: YAMLMap, families: [StanceFamily] = StanceFamily.builtIn) throws(PackError) {
        self.info = info
        guard !families.isEmpty else { throw map.error(map.node, "no stances: Glossaries/phrasing/stances.yml is missing or invalid") }
        self.families = families
        var entries: [(Int?, String)] = []
        for (index, family) in families.enumerated() {
            entries += family.phrases.map { (index, $0) } + family.except.map { (nil, $0) }
        }
        self.entries = entries
    }

    func findings(in context: LintContext, hits: [LiteralHit]) throws(LintError) -> [Finding] {
        let excepted = hits.filter { entries[$0.literal].family == nil }.map(\.range)
        let phrases = hits.filter { hit in
            entries[hit.literal].family != nil && !excepted.contains { $0.overlaps(hit.range) }
        }
        return phrases.longestNonOverlapping().compactMap { hit in
            guard let index = entries[hit.literal].family else { return nil }
            let family = families[index]
            let lead = family.lead[context.market.language] ?? family.lead["en"] ?? ""
            let zh = context.uiLanguage == .zhHans
            let fix = Fix(replacement: lead + " …", description: zh ? "先说明您能为客户做什么" : "Lead with what you can do",
                          safe: false, suggestion: true)
            let finding = context.finding(info, hit.range, fixes: [fix], message: family.message(context.uiLanguage))
            guard let limitation = context.limitation, !family.softenedBy.isEmpty else { return finding }
            return limitation.judged(finding, uiLanguage: context.uiLanguage, accepting: family.softenedBy)
        }
    }
}
