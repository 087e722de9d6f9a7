import TactfulICU

/// `kind: variety` — a reply written in another variety of the market's language (Brazilian Portuguese to Portugal,
/// Peninsular Spanish to Mexico, US English to the UK): one finding over the body, when the market's own vocabulary
/// rules find at least `at-least` different words or forms of that variety in it. A word or two of another variety is
/// the word rules' business; this rule says that the reply as a whole needs rewriting, so that the customer is not
/// left with the rest of it.
///
/// ```yaml
/// kind: variety
/// variety: pt-BR                                   # the variety the body is then written in (a BCP-47 tag)
/// evidence: [pt-PT.vocabulary.brazilian, pt-PT.vocabulary.progressive]   # rules of the market whose findings count
/// at-least: 3                                      # different matched words (default 3)
/// ```
struct VarietyRule: SummaryKind {
    let info: RuleInfo
    /// The variety the body is written in when the evidence holds.
    let variety: String
    let evidenceRules: Set<String>
    /// Different matched words needed.
    let atLeast: Int

    var findsOnlyAtLiterals: Bool { true }

    init(info: RuleInfo, map: YAMLMap) throws(PackError) {
        self.info = info
        variety = try map.string("variety")
        guard (try? ICU.LocaleID(tag: variety)) != nil else {
            throw map.error(map.node("variety") ?? map.node, "'\(variety)' is not a language tag (e.g. pt-BR)")
        }
        let rules = try map.strings("evidence")
        guard !rules.isEmpty else {
            throw map.error(map.node("evidence") ?? map.node, "a variety rule needs `evidence:` (rule ids)")
        }
        evidenceRules = Set(rules)
        atLeast = try map.int("at-least") ?? 3
        guard atLeast >= 2 else {
            throw map.error(map.node("at-least") ?? map.node, "at-least must be 2 or more (one word is a word rule's)")
        }
    }

    func findings(in context: LintContext, hits: [LiteralHit]) throws(LintError) -> [Finding] { [] }

    func findings(in context: LintContext, evidence: [Finding]) -> [Finding] {
        var words: [String] = []
        var seen: Set<String> = []
        for finding in evidence.sorted(by: { $0.span.lowerBound < $1.span.lowerBound })
        where seen.insert(finding.match.lowercased()).inserted {
            words.append(finding.match)
        }
        guard words.count >= atLeast else { return [] }
        let paragraphs = context.document.bodyParagraphs()
        let spans = evidence.map(\.span)
        guard let first = paragraphs.first?.lowerBound ?? spans.map(\.lowerBound).min(),
            let last = paragraphs.last?.upperBound ?? spans.map(\.upperBound).max()
        else { return [] }
        let shown = words.prefix(4).map { "“\($0)”" }.joined(separator: ", ")
        let message =
            context.uiLanguage == .zhHans
            ? "\(info.message(in: .zhHans))（\(shown)）"
            : "\(info.message(in: .en)) (\(shown))"
        return [context.finding(info, first..<last, message: message)]
    }
}
