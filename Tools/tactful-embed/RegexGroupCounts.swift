import TactfulICU
import Yams

/// The regexes of the built-in packs' `kind: pattern` rules, compiled with ICU when the binary is built, and their
/// capturing-group counts: a run then checks a built-in rule's `replace:` against the count without compiling the
/// regex, which it compiles only when a text reaches it (most have `requires:` words that a draft seldom holds).
/// A regex that does not compile is left out, so loading it reports the error as before.
enum RegexGroupCounts {
    /// Adds the counts of the pattern rules in a pack's YAML, keyed as `RegexSource` keys its patterns
    /// (`i:` or `c:` for the case mode, then the pattern).
    static func add(from text: String, into counts: inout [String: Int]) {
        guard let root = try? Yams.compose(yaml: text, .basic), let rules = root["rules"]?.sequence else { return }
        for rule in rules where rule["kind"]?.string == "pattern" {
            guard let pattern = rule["regex"]?.string else { continue }
            // As PatternRule reads `case-sensitive` (a flag; absent means false).
            let caseSensitive = rule["case-sensitive"].map { $0.bool ?? true } ?? false
            guard let regex = try? ICU.Regex(pattern, ignoresCase: !caseSensitive), let count = try? regex.groupCount()
            else { continue }
            counts[(caseSensitive ? "c:" : "i:") + pattern] = count
        }
    }
}
