/// `kind: phrase` — literal phrases that should not be sent (blunt refusals, slang, taboo words, legal
/// mistakes), each optionally with a rewrite.
///
/// ```yaml
/// phrases:                      # a list, or a mapping phrase → rewrite
///   "we can't": "here's what I can do:"
/// except: ["we can't wait"]     # longer phrases that contain a match and make it fine
/// unless-negated: true          # a negation in the phrase's clause makes it fine ("no cooling-off applies")
/// fix: unsafe                   # rewrites are rewordings unless marked safe
/// case-sensitive: false
/// ```
struct PhraseRule: RuleKind {
    let info: RuleInfo
    let phrases: [String]
    let rewrites: [String?]
    let except: [String]
    let fixIsSafe: Bool
    let caseSensitive: Bool
    /// A negation of the language in the phrase's clause clears it: the phrase is fine when denied.
    let unlessNegated: Bool

    var literals: [Literal] { (phrases + except).map { Literal($0) } }
    var findsOnlyAtLiterals: Bool { true }

    init(info: RuleInfo, map: YAMLMap) throws(PackError) {
        self.info = info
        (phrases, rewrites) = try PhraseRule.readPhrases(map, key: "phrases")
        except = try map.strings("except")
        fixIsSafe = (try map.optionalString("fix") ?? "unsafe") == "safe"
        caseSensitive = try map.bool("case-sensitive") ?? false
        unlessNegated = try map.bool("unless-negated") ?? false
        if let single = try map.optionalString("replace") {
            guard rewrites.allSatisfy({ $0 == nil }) else {
                throw map.error(map.node, "give either 'replace' or per-phrase rewrites, not both")
            }
            rewritesOverride = single
        } else {
            rewritesOverride = nil
        }
    }

    private let rewritesOverride: String?

    func findings(in context: LintContext, hits: [LiteralHit]) -> [Finding] {
        let excepted = hits.filter { $0.literal >= phrases.count }.map(\.range)
        return hits.compactMap { hit in
            guard hit.literal < phrases.count, !excepted.contains(where: { $0.overlaps(hit.range) }) else { return nil }
            if caseSensitive, context.document.string(hit.range) != phrases[hit.literal] { return nil }
            if unlessNegated, Self.negated(hit.range, in: context) { return nil }
            let replacement = rewritesOverride ?? rewrites[hit.literal]
            let fixes =
                replacement.map {
                    [
                        Fix(
                            replacement: Casing.match($0, like: context.document.string(hit.range)),
                            description: "Rewrite as “\($0)”", safe: fixIsSafe)
                    ]
                } ?? []
            return context.finding(info, hit.range, fixes: fixes)
        }
    }

    /// True when a negation of the market's language stands in the clause of `range` (between commas), the phrase
    /// itself left out; in a language written without spaces, within 6 units before it or 20 after ("通信販売には
    /// クーリング・オフ制度の適用はございませんが").
    private static func negated(_ range: Range<Int>, in context: LintContext) -> Bool {
        let document = context.document
        var clause = document.clause(containing: range.lowerBound, commas: true)
        if !context.cues.spaced {
            clause = max(clause.lowerBound, range.lowerBound - 6)..<min(clause.upperBound, range.upperBound + 20)
        }
        let before = document.string(clause.lowerBound..<max(clause.lowerBound, range.lowerBound))
        let after = document.string(min(clause.upperBound, range.upperBound)..<clause.upperBound)
        return context.cues.negations.occurs(in: before + " " + after)
    }

    /// Reads a list of phrases, or a mapping phrase → rewrite.
    static func readPhrases(_ map: YAMLMap, key: String) throws(PackError) -> ([String], [String?]) {
        guard let node = map.node(key) else { throw map.error(map.node, "missing required key '\(key)'") }
        if let mapping = node.mapping {
            var phrases: [String] = [], rewrites: [String?] = []
            for pair in mapping {
                guard let phrase = pair.key.string, let rewrite = pair.value.string else {
                    throw map.error(node, "'\(key)' must map phrases to rewrites")
                }
                phrases.append(phrase)
                rewrites.append(rewrite)
            }
            return (phrases, rewrites)
        }
        let phrases = try map.strings(key)
        guard !phrases.isEmpty else { throw map.error(node, "'\(key)' must not be empty") }
        return (phrases, phrases.map { _ in nil })
    }
}
