/// `kind: taboo` — a word, emoji, number or gift with a negative reading in the customer's region
/// (`Glossaries/culture/taboos.yml`): an OK-hand to Brazil, a clock as a gift to a Chinese-speaking customer, pork to
/// the Gulf, "coger" to Mexico, a neo-Nazi code to Germany. Every entry's words run in every market; the market's
/// region decides. A gift's `objects` ("wall clock", "座钟") count in a sentence with a gift word (`gift-cues`:
/// "complimentary", "赠品", "プレゼント"). Each entry names its source.
///
/// ```yaml
/// kind: taboo        # no keys of its own: the readings are data
/// ```
struct TabooRule: RuleKind {
    let info: RuleInfo
    private let taboos: [Taboo]
    /// What a listed text is: a taboo's word or exception, a gift's object, or a gift cue (no taboo of its own).
    private enum Role { case word, except, object, giftCue }
    private let entries: [(taboo: Int, role: Role, text: String)]

    var literals: [Literal] { entries.map { Literal.byScript($0.text) } }
    var findsOnlyAtLiterals: Bool { true }

    init(info: RuleInfo, map: YAMLMap, taboos: [Taboo] = Taboo.builtIn, giftCues: [String] = Taboo.giftCues)
        throws(PackError)
    {
        self.info = info
        guard !taboos.isEmpty else {
            throw map.error(map.node, "no taboos: Glossaries/culture/taboos.yml is missing or invalid")
        }
        self.taboos = taboos
        var entries: [(Int, Role, String)] = []
        for (index, taboo) in taboos.enumerated() {
            entries +=
                taboo.words.map { (index, .word, $0) } + taboo.except.map { (index, .except, $0) }
                + taboo.objects.map { (index, .object, $0) }
        }
        entries += giftCues.map { (-1, .giftCue, $0) }
        self.entries = entries
    }

    func findings(in context: LintContext, hits: [LiteralHit]) throws(LintError) -> [Finding] {
        let region = context.market.region
        let cues = hits.filter { entries[$0.literal].role == .giftCue }.map(\.range)
        let relevant = hits.filter {
            entries[$0.literal].taboo >= 0 && taboos[entries[$0.literal].taboo].regions.contains(region)
        }
        let excepted = relevant.filter { entries[$0.literal].role == .except }.map(\.range)
        let document = context.document
        let found = relevant.filter { hit in
            switch entries[hit.literal].role {
            case .word: return !excepted.contains { $0.overlaps(hit.range) }
            case .object:
                // A gift's object counts in a sentence about a gift ("a complimentary wall clock").
                guard !excepted.contains(where: { $0.overlaps(hit.range) }) else { return false }
                let sentence = document.sentence(containing: hit.range.lowerBound)
                return cues.contains { sentence.contains($0.lowerBound) && !$0.overlaps(hit.range) }
            case .except, .giftCue: return false
            }
        }
        return found.longestNonOverlapping().map { hit in
            context.finding(info, hit.range, message: taboos[entries[hit.literal].taboo].message(context.uiLanguage))
        }
    }
}
