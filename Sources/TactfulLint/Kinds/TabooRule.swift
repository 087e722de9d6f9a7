/// `kind: taboo` — a word, emoji, number or gift with a negative reading in the customer's region
/// (`Glossaries/culture/taboos.yml`): an OK-hand to Brazil, a clock as a gift to a Chinese-speaking customer, pork to
/// the Gulf, "coger" to Mexico, a neo-Nazi code to Germany. Every entry's words run in every market; the market's
/// region decides. Each entry names its source.
///
/// ```yaml
/// kind: taboo        # no keys of its own: the readings are data
/// ```
struct TabooRule: RuleKind {
    let info: RuleInfo
    private let taboos: [Taboo]
    /// Every word and exception with its taboo (an exception: `except` true).
    private let entries: [(taboo: Int, except: Bool, text: String)]

    var literals: [Literal] { entries.map { Literal.byScript($0.text) } }
    var findsOnlyAtLiterals: Bool { true }

    init(info: RuleInfo, map: YAMLMap, taboos: [Taboo] = Taboo.builtIn) throws(PackError) {
        self.info = info
        guard !taboos.isEmpty else { throw map.error(map.node, "no taboos: Glossaries/culture/taboos.yml is missing or invalid") }
        self.taboos = taboos
        var entries: [(Int, Bool, String)] = []
        for (index, taboo) in taboos.enumerated() {
            entries += taboo.words.map { (index, false, $0) } + taboo.except.map { (index, true, $0) }
        }
        self.entries = entries
    }

    func findings(in context: LintContext, hits: [LiteralHit]) throws(LintError) -> [Finding] {
        let region = context.market.region
        let relevant = hits.filter { taboos[entries[$0.literal].taboo].regions.contains(region) }
        let excepted = relevant.filter { entries[$0.literal].except }.map(\.range)
        let words = relevant.filter { hit in !entries[hit.literal].except && !excepted.contains { $0.overlaps(hit.range) } }
        return words.longestNonOverlapping().map { hit in
            context.finding(info, hit.range, message: taboos[entries[hit.literal].taboo].message(context.uiLanguage))
        }
    }
}
