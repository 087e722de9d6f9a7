import TactfulICU
import TactfulMarkets

/// The rules that apply to one market, compiled once: the pack chain merged (a specific pack's rule replaces a
/// general one with the same id; `disable:` removes inherited rules) and every literal in one automaton.
public struct RuleSet: Sendable {
    /// The market the rules were compiled for.
    public let market: Market
    let rules: [any RuleKind]
    /// `rules[i].findsOnlyAtLiterals`, read once.
    let findsOnlyAtLiterals: [Bool]
    let automaton: PhraseAutomaton
    /// For each automaton payload: the rule index, the literal index and whether it must be a whole word.
    let payloads: [(rule: Int, literal: Int, wholeWord: Bool)]
    /// Rule id → family, for overlap resolution.
    let families: [String: String]
    /// Compiled regexes, iterators and formatters reused across documents.
    let pool = ICUPool()

    /// Compiles the rules of `market`'s pack chain from `library`, keeping only those `keep` accepts. Throws a
    /// ``PackError`` when a pack of the chain does not parse, an `ICUError` when ICU cannot fold a phrase.
    public init(market: Market, library: PackLibrary, keep: (RuleInfo) -> Bool = { _ in true }) throws {
        self.market = market
        var byId: [String: any RuleKind] = [:]
        var order: [String] = []
        for name in market.chain.reversed() {
            guard let pack = try library.pack(name) else { continue }
            for id in pack.disabled { byId[id] = nil }
            for rule in pack.rules {
                if byId[rule.info.id] == nil { order.append(rule.info.id) }
                byId[rule.info.id] = rule
            }
        }
        rules = order.compactMap { byId[$0] }.filter { keep($0.info) }
        findsOnlyAtLiterals = rules.map(\.findsOnlyAtLiterals)
        families = Dictionary(rules.map { ($0.info.id, $0.info.family) }, uniquingKeysWith: { first, _ in first })
        var literals: [[UInt16]] = []
        var payloads: [(Int, Int, Bool)] = []
        let words = try ICU.BreakIterator(.word, locale: market.locale)
        for (ruleIndex, rule) in rules.enumerated() {
            for (literalIndex, literal) in rule.literals.enumerated() {
                literals.append(try NormalizedText.fold(literal.text, with: words))
                payloads.append((ruleIndex, literalIndex, literal.wholeWord))
            }
        }
        automaton = PhraseAutomaton(literals: literals)
        self.payloads = payloads
    }

    /// Every literal phrase of the compiled rules, as written in the packs (for benchmarks and tooling).
    public var literalPhrases: [String] { rules.flatMap { $0.literals.map(\.text) } }

    /// The declarations of the compiled rules.
    public var ruleInfos: [RuleInfo] { rules.map(\.info) }

    /// Literal hits per rule index, mapped back to original spans and checked against word boundaries.
    func literalHits(in document: Document) -> [[LiteralHit]] {
        let text = document.normalized
        var byRule = [[LiteralHit]](repeating: [], count: rules.count)
        for hit in automaton.hits(in: text.units) {
            let payload = payloads[hit.payload]
            guard text.isBoundary[hit.range.upperBound], !payload.wholeWord || text.isBoundary[hit.range.lowerBound]
            else { continue }
            byRule[payload.rule].append(LiteralHit(range: text.originalRange(hit.range), literal: payload.literal))
        }
        return byRule
    }
}
