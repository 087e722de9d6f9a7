import Foundation
import TactfulICU

/// `kind: pattern` — an ICU regular expression, for the few rules that literals cannot express (placeholders,
/// "!!!", ALL-CAPS runs). Runs with ICU's time and stack limits, so a hostile pattern fails instead of hanging.
///
/// ```yaml
/// regex: '\{\{[^{}]*\}(?!\})'
/// case-sensitive: false
/// replace: "…"          # optional fix; `$0` inserts the match
/// fix: safe             # default unsafe
/// requires: [password, PIN]   # optional prefilter: run the regex only on texts holding one of these words
/// ```
///
/// `requires` words go into the market's automaton like phrase literals, so a text without any of them skips the
/// regex entirely: give it for regexes that start with look-behinds or broad alternations.
struct PatternRule: RuleKind {
    let info: RuleInfo
    let source: RegexSource
    let replacement: String?
    let fixIsSafe: Bool
    let requires: [String]

    var literals: [Literal] { requires.map { Literal($0) } }

    init(info: RuleInfo, map: YAMLMap) throws(PackError) {
        self.info = info
        let pattern = try map.string("regex")
        source = RegexSource(pattern, ignoresCase: !(try map.bool("case-sensitive") ?? false))
        replacement = try map.optionalString("replace")
        fixIsSafe = (try map.optionalString("fix") ?? "unsafe") == "safe"
        requires = try map.strings("requires")
        do {
            _ = try source.compile()
        } catch {
            throw map.error(map.node("regex") ?? map.node, "invalid regex: \(error.name)")
        }
    }

    func findings(in context: LintContext, hits: [LiteralHit]) throws(LintError) -> [Finding] {
        guard requires.isEmpty || !hits.isEmpty else { return [] }
        let ranges: [Range<Int>]
        do {
            ranges = try requires.isEmpty ? context.pool.matches(source, in: context.document.utf16) : matchesOnHitLines(context, hits)
        } catch {
            throw LintError(description: "rule \(info.id) (\(info.origin)): its regex failed on this text: \(error.name)")
        }
        return ranges.filter { !$0.isEmpty }.map { range in
            let fixes = replacement.map { template in
                [Fix(replacement: expand(template, match: context.document.string(range)),
                     description: "Rewrite", safe: fixIsSafe)]
            } ?? []
            return context.finding(info, range, fixes: fixes)
        }
    }

    /// With `requires`, the regex runs only on the lines that hold a required word (offsets mapped back), so a
    /// slow pattern scans a line, not the whole draft.
    private func matchesOnHitLines(_ context: LintContext, _ hits: [LiteralHit]) throws(ICUError) -> [Range<Int>] {
        let document = context.document
        let lines = Set(hits.map { document.lineIndex(of: $0.range.lowerBound) }).sorted()
        var ranges: [Range<Int>] = []
        for line in lines {
            let span = document.lineRange(line)
            let found = try context.pool.matches(source, in: Array(document.utf16[span]))
            ranges += found.map { ($0.lowerBound + span.lowerBound)..<($0.upperBound + span.lowerBound) }
        }
        return ranges
    }

    /// Fills `$0` (the whole match) in a replacement template; other groups are not supported yet.
    private func expand(_ template: String, match: String) -> String {
        template.replacingOccurrences(of: "$0", with: match)
    }
}
