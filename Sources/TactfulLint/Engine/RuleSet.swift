import TactfulICU
import TactfulMarkets
import TactfulYAML

/// The rules that apply to one market, compiled once: the pack chain merged (a specific pack's rule replaces a
/// general one with the same id; `disable:` removes inherited rules) and every literal in one automaton (built on
/// first use, over the literals of the writing systems the texts hold).
public struct RuleSet: Sendable {
    /// The market the rules were compiled for.
    public let market: Market
    let rules: [any RuleKind]
    /// `rules[i].findsOnlyAtLiterals`, read once.
    let findsOnlyAtLiterals: [Bool]
    /// `rules[i].info.channels` as bits (``Channel/maskBit``).
    let channelMasks: [UInt8]
    /// The rules that read other rules' findings (`kind: variety`), run after the rest.
    let summaries: [any SummaryKind]
    let automaton: LiteralAutomaton
    /// For each automaton payload: whose literal it is and on which sides it must meet a word boundary.
    let payloads: [Payload]
    /// Rule id → family, for overlap resolution.
    let families: [String: String]
    /// The cue lists of the market's language (negations, commitments, way forward, inch contexts).
    let cues: LanguageCues
    /// Compiled regexes, iterators and formatters reused across documents.
    let pool = ICUPool()

    /// Compiles the rules of `market`'s pack chain from `library`, keeping only those `keep` accepts. Throws a
    /// ``PackError`` when a pack of the chain does not parse.
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
        rules = order.compactMap { byId[$0] }.filter { keep($0.info) && !$0.info.exceptRegions.contains(market.region) }
            .map { $0.narrowed(to: market) }
        findsOnlyAtLiterals = rules.map(\.findsOnlyAtLiterals)
        channelMasks = rules.map { $0.info.channels.reduce(0) { $0 | $1.maskBit } }
        summaries = rules.compactMap(\.asSummary)
        families = Dictionary(rules.map { ($0.info.id, $0.info.family) }, uniquingKeysWith: { first, _ in first })
        // Room for every rule's literals at once: growing a market's ten thousand of them step by step copied them.
        let tables = rules.map(\.literalTable)
        let literalCount = tables.reduce(0) { $0 + $1.count }
        var phrases = TextTable()
        phrases.reserveCapacity(bytes: tables.reduce(0) { $0 + $1.texts.byteCount }, texts: literalCount)
        var payloads: [Payload] = []
        payloads.reserveCapacity(literalCount)
        for (ruleIndex, literals) in tables.enumerated() {
            for literalIndex in 0..<literals.count {
                payloads.append(
                    Payload(
                        owner: .rule(Int32(ruleIndex)), literal: literalIndex,
                        startsOnBoundary: literals.wholeWord[literalIndex],
                        endsOnBoundary: literals.endsOnBoundary[literalIndex]))
            }
            phrases.append(contentsOf: literals.texts)
        }
        // The context cues of the market's language (way forward, third parties) ride in the same pass.
        let cues = LanguageCues.of(market: market.tag, language: market.locale.language)
        self.cues = cues
        for (owner, list) in [(Payload.Owner.wayForward, cues.alternativeCues), (.thirdParty, cues.thirdPartyCues)] {
            for cue in list {
                let (text, start, end) = ContextCue.literal(cue, spaced: cues.spaced)
                guard !text.isEmpty else { continue }
                phrases.append(text)
                payloads.append(Payload(owner: owner, literal: 0, startsOnBoundary: start, endsOnBoundary: end))
            }
        }
        automaton = LiteralAutomaton(
            phrases: phrases, locale: market.locale, atWordEndsOnly: payloads.map(\.endsOnBoundary))
        self.payloads = payloads
    }

    /// Every literal phrase of the compiled rules, as written in the packs (for benchmarks and tooling).
    public var literalPhrases: [String] { rules.flatMap { Array($0.literalTable.texts) } }

    /// The declarations of the compiled rules.
    public var ruleInfos: [RuleInfo] { rules.map(\.info) }

    /// Literal hits per rule index, mapped back to original spans and checked against word boundaries, and the
    /// context cues found in the same pass. Throws when ICU cannot fold a phrase the text's scripts need.
    func literalHits(in document: Document) throws(ICUError) -> (byRule: RuleHits, cues: [ContextCue]) {
        let text = document.normalized
        let automaton = try automaton.automaton(in: text.units, pool: pool)
        var byRule = RuleHits()
        var cues: [ContextCue] = []
        cues.reserveCapacity(16)  // a reply holds a few; grown from empty, the array was reallocated several times
        // Where no word ends (nor a possessive's apostrophe follows, which ends a cue), no literal that must end a
        // word is kept below: the automaton skips them there.
        let isWordEnd = { (end: Int) in text.isBoundary[end] || text.units.at(end) == 0x27 }
        automaton.forEachHit(in: text.units, isWordEnd: isWordEnd) { hit in
            let payload = payloads[hit.payload]
            switch payload.owner {
            case .rule(let rule):
                guard !payload.endsOnBoundary || text.isBoundary[hit.range.upperBound],
                    !payload.startsOnBoundary || text.isBoundary[hit.range.lowerBound]
                else { return }
                byRule.append(LiteralHit(range: text.originalRange(hit.range), literal: payload.literal), of: Int(rule))
            case .wayForward, .thirdParty:
                // A cue also ends before a possessive or starts after an elided article (courier's, l'entrepôt).
                guard
                    !payload.endsOnBoundary || text.isBoundary[hit.range.upperBound]
                        || text.units.at(hit.range.upperBound) == 0x27,
                    !payload.startsOnBoundary || text.isBoundary[hit.range.lowerBound]
                        || text.units.at(hit.range.lowerBound - 1) == 0x27
                else { return }
                cues.append(
                    ContextCue(range: text.originalRange(hit.range), isThirdParty: payload.owner == .thirdParty))
            }
        }
        return (byRule, cues)
    }

    /// Whose literal an automaton payload is, and where it must meet word boundaries. Twelve bytes, not 32 (with
    /// `Int`s): a market's thirteen thousand are read in the order hits come, and more of them stay in cache.
    struct Payload: Sendable {
        enum Owner: Sendable, Equatable { case rule(Int32), wayForward, thirdParty }
        private let literalIndex: Int32
        let owner: Owner
        let startsOnBoundary: Bool
        let endsOnBoundary: Bool

        /// The index of the literal among its rule's.
        var literal: Int { Int(literalIndex) }

        init(owner: Owner, literal: Int, startsOnBoundary: Bool, endsOnBoundary: Bool) {
            (self.owner, literalIndex) = (owner, Int32(literal))
            (self.startsOnBoundary, self.endsOnBoundary) = (startsOnBoundary, endsOnBoundary)
        }
    }
}
