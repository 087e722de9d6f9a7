import Foundation
import TactfulICU

/// `kind: pattern` — an ICU regular expression, for the few rules that literals cannot express (placeholders,
/// "!!!", ALL-CAPS runs). Runs with ICU's time and stack limits, so a hostile pattern fails instead of hanging.
///
/// ```yaml
/// regex: '\{\{[^{}]*\}(?!\})'
/// case-sensitive: false
/// replace: "…"          # optional fix; `$0` inserts the match, `$1`…`$9` its capturing groups
/// fix: safe             # default unsafe
/// requires: [password, PIN]   # optional prefilter: run the regex only on texts holding one of these words
/// requires-also: [other, another]   # optional: … only on those lines that hold one of these too (inside words too)
/// requires-beside: [wir, ich]   # optional: … only where a required word has one of these right before or after it
/// requires-beside-of: [dia, dias]   # optional: … where one of these has one beside it (instead of a required word)
/// requires-char: "{%["         # optional prefilter: … only on texts holding one of these characters
/// requires-char-with-latin: "（"   # optional prefilter: … or one of these with an ASCII letter after it
/// requires-text-also: [教えて]   # optional prefilter: … and only on texts also holding one of these texts
/// unless-preceded-by: {words: [never, not], within: 60}   # drop a match such a word comes shortly before
/// ```
///
/// `requires`, `requires-also` and `unless-preceded-by` words go into the market's automaton like phrase literals,
/// so a text without any required word skips the regex entirely, a line holding a required word but none of the
/// words every match also holds is not searched (ICU's search of a short line still cost thousands of
/// instructions), and a negation is found without a look-behind that ICU would try at every position.
struct PatternRule: RuleKind {
    let info: RuleInfo
    let source: RegexSource
    let replacement: ReplacementTemplate?
    let fixIsSafe: Bool
    let requires: [String]
    /// Words of which every match holds one, found anywhere (inside a word too): a line holding a required word
    /// but none of these is not searched.
    let requiresAlso: [String]
    /// Words of which every match has one right beside a required word (or a `requires-beside-of` word), whitespace
    /// between (`wir können`, `kann ich`, `3 dias`): a line where none stands so is not searched.
    let requiresBeside: RequiredNeighbours?
    let requiredUnits: RequiredUnits?
    let negation: Negation?

    /// Literals: the `requires` words first, then the negation words, then the `requires-also` words (anywhere).
    var literals: [Literal] {
        (requires + (negation?.words ?? [])).map { Literal($0) }
            + requiresAlso.map { Literal($0, wholeWord: false, endsOnBoundary: false) }
    }
    var findsOnlyAtLiterals: Bool { !requires.isEmpty }

    init(info: RuleInfo, map: YAMLMap) throws(PackError) {
        self.info = info
        let pattern = try map.string("regex")
        source = RegexSource(pattern, ignoresCase: !(try map.bool("case-sensitive") ?? false))
        fixIsSafe = (try map.optionalString("fix") ?? "unsafe") == "safe"
        requires = try map.strings("requires")
        requiresAlso = try map.strings("requires-also")
        guard requiresAlso.isEmpty || !requires.isEmpty else {
            throw map.error(map.node("requires-also") ?? map.node, "'requires-also' needs 'requires'")
        }
        let besideOf = try map.strings("requires-beside-of")
        requiresBeside = RequiredNeighbours(
            try map.strings("requires-beside"), beside: besideOf.isEmpty ? requires : besideOf)
        guard requiresBeside == nil || !requires.isEmpty else {
            throw map.error(map.node("requires-beside") ?? map.node, "'requires-beside' needs 'requires'")
        }
        guard besideOf.isEmpty || requiresBeside != nil else {
            throw map.error(map.node("requires-beside-of") ?? map.node, "'requires-beside-of' needs 'requires-beside'")
        }
        requiredUnits = try RequiredUnits(map)
        negation = try Negation(map)
        let groupCount: Int
        do {
            groupCount = try source.groupCount()
        } catch {
            throw map.error(map.node("regex") ?? map.node, "invalid regex: \(error.name)")
        }
        replacement = try map.optionalString("replace").map { template throws(PackError) in
            let parsed = ReplacementTemplate(template)
            guard parsed.highestGroup <= groupCount else {
                let problem = "replace uses $\(parsed.highestGroup) but the regex has \(groupCount) capturing group(s)"
                throw map.error(map.node("replace") ?? map.node, problem)
            }
            return parsed
        }
    }

    func findings(in context: LintContext, hits: [LiteralHit]) throws(LintError) -> [Finding] {
        let negationEnd = requires.count + (negation?.words.count ?? 0)
        var required = hits.filter { $0.literal < requires.count }
        // The `requires-also` words alone (some are short and inside many words) leave nothing to search.
        guard requires.isEmpty || !required.isEmpty else { return [] }
        if !requiresAlso.isEmpty {
            let document = context.document
            let lines = Set(
                hits.filter { $0.literal >= negationEnd }.map { document.lineIndex(of: $0.range.lowerBound) })
            required.removeAll { !lines.contains(document.lineIndex(of: $0.range.lowerBound)) }
        }
        if let requiresBeside {
            let document = context.document
            let lines = Set(required.map { document.lineIndex(of: $0.range.lowerBound) }).filter {
                requiresBeside.occur(in: document.utf16[document.lineRange($0)])
            }
            required.removeAll { !lines.contains(document.lineIndex(of: $0.range.lowerBound)) }
        }
        guard requires.isEmpty || !required.isEmpty else { return [] }
        if let requiredUnits, !requiredUnits.occur(in: context.document) { return [] }
        var matches: [[Range<Int>?]]
        do {
            matches =
                try requires.isEmpty
                ? self.matches(context, in: context.document.utf16, from: 0)
                : matchesOnHitLines(context, required)
        } catch {
            throw LintError(
                description: "rule \(info.id) (\(info.origin)): its regex failed on this text: \(error.name)")
        }
        if let negation {
            let negations = hits.filter { (requires.count..<negationEnd).contains($0.literal) }.map(\.range)
            matches.removeAll { negation.negates($0[0] ?? 0..<0, negations, context.document.utf16) }
        }
        return matches.compactMap { groups in
            guard let range = groups[0], !range.isEmpty else { return nil }
            let fixes =
                replacement.map { template in
                    [
                        Fix(
                            replacement: template.expand(groups.map { $0.map(context.document.string) }),
                            description: "Rewrite", safe: fixIsSafe)
                    ]
                } ?? []
            return context.finding(info, range, fixes: fixes)
        }
    }

    /// The matches in `units` (which start at `offset` in the document): the whole match first, then the capturing
    /// groups when the replacement uses them.
    private func matches(_ context: LintContext, in units: [UInt16], from offset: Int) throws(ICUError)
        -> [[Range<Int>?]]
    {
        func shifted(_ range: Range<Int>) -> Range<Int> { (range.lowerBound + offset)..<(range.upperBound + offset) }
        guard let replacement, replacement.highestGroup > 0 else {
            // Over the whole text the document keeps the matches (the placeholder scope runs the same regexes).
            let found =
                offset == 0 && units.count == context.document.utf16.count
                ? try context.document.wholeMatches(source) : try context.pool.matches(source, in: units)
            return found.map { [shifted($0)] }
        }
        let found = try context.pool.withRegex(source) { regex throws(ICUError) in
            try regex.matchesWithGroups(in: units)
        }
        return found.map { $0.map { $0.map(shifted) } }
    }

    /// With `requires`, the regex runs only on the lines that hold a required word (offsets mapped back), so a
    /// slow pattern scans a line, not the whole draft.
    private func matchesOnHitLines(_ context: LintContext, _ hits: [LiteralHit]) throws(ICUError) -> [[Range<Int>?]] {
        let document = context.document
        let lines = Set(hits.map { document.lineIndex(of: $0.range.lowerBound) }).sorted()
        var matches: [[Range<Int>?]] = []
        for line in lines {
            let span = document.lineRange(line)
            matches += try self.matches(context, in: Array(document.utf16[span]), from: span.lowerBound)
        }
        return matches
    }
}

extension PatternRule {
    /// A `replace:` template: `$0` is the whole match and `$1`…`$9` its capturing groups (empty when a group took no
    /// part); a `$` not followed by a digit is literal. Parsed once when the pack loads.
    struct ReplacementTemplate: Sendable {
        enum Part: Sendable {
            case text(String)
            case group(Int)
        }

        let parts: [Part]
        /// The highest group number the template uses (0 when it uses none or only `$0`).
        let highestGroup: Int

        init(_ template: String) {
            var parts: [Part] = []
            var text = ""
            var highest = 0
            var characters = template[...]
            while let character = characters.popFirst() {
                if character == "$", let digit = characters.first?.wholeNumberValue, characters.first?.isASCII == true {
                    characters.removeFirst()
                    if !text.isEmpty { parts.append(.text(text)) }
                    text = ""
                    parts.append(.group(digit))
                    highest = max(highest, digit)
                } else {
                    text.append(character)
                }
            }
            if !text.isEmpty { parts.append(.text(text)) }
            self.parts = parts
            highestGroup = highest
        }

        /// The template with each `$n` replaced by `groups[n]` (the whole match at 0).
        func expand(_ groups: [String?]) -> String {
            parts.map { part in
                switch part {
                case .text(let text): text
                case .group(let number): number < groups.count ? groups[number] ?? "" : ""
                }
            }.joined()
        }
    }
}

extension PatternRule {
    /// `requires-char:` — characters of which a text must hold at least one for the regex to run (one UTF-16 unit
    /// each: `{`, `%`, `！`); `requires-text:` — short texts, case-sensitive, of which it must hold one (`XXX`, `___`).
    /// `requires-char-with-latin:` — characters that count only where an ASCII letter follows them before the next
    /// `)` or `）` (`（` before an English verb: a Japanese draft's `（#123456）` and an Indonesian one's
    /// `(#123456) telah dikirim` do not run the regex). With several, any suffices.
    /// `requires-text-also:` — texts of which it must hold one as well: where every match
    /// holds one of some nouns and one of some verbs, the nouns take CVV's `V` as a character (in either case), which
    /// most English drafts hold, and the verbs (教えて, 提供, แจ้ง) rule those drafts out.
    struct RequiredUnits: Sendable {
        /// Each must hold: the characters or texts, then the texts also required.
        let prefilters: [CharacterPrefilter]

        init?(_ map: YAMLMap) throws(PackError) {
            let characters = try map.optionalString("requires-char"), texts = try map.strings("requires-text")
            let withLatin = try map.optionalString("requires-char-with-latin")
            let also = try map.strings("requires-text-also")
            guard characters != nil || !texts.isEmpty || withLatin != nil || !also.isEmpty else { return nil }
            let regex = try map.string("regex")
            var prefilters: [CharacterPrefilter] = []
            if characters != nil || !texts.isEmpty || withLatin != nil {
                guard
                    let prefilter = CharacterPrefilter(
                        characters: characters, texts: texts, charactersWithLatin: withLatin, guarding: regex)
                else {
                    throw map.error(
                        map.node("requires-char") ?? map.node("requires-char-with-latin") ?? map.node,
                        "'requires-char' and 'requires-char-with-latin' list characters of the Basic Multilingual Plane"
                    )
                }
                prefilters.append(prefilter)
            }
            if let prefilter = CharacterPrefilter(characters: nil, texts: also, guarding: "requires-text-also " + regex)
            {
                prefilters.append(prefilter)
            }
            self.prefilters = prefilters
        }

        /// True when the document holds what each prefilter asks for (decided once per document and prefilter).
        func occur(in document: Document) -> Bool { prefilters.allSatisfy(document.holds) }
    }

    /// `unless-preceded-by: {words: […], within: N}` — a match is dropped when one of the words (found like phrase
    /// literals: whole ICU words, case-insensitive) ends at most `within` UTF-16 units before it with no `.`, `!`,
    /// `?`, `。` or line break in between: "we will never ask you to send your password" is not a request.
    struct Negation: Sendable {
        let words: [String]
        let within: Int

        init?(_ map: YAMLMap) throws(PackError) {
            guard let table = try map.map("unless-preceded-by") else { return nil }
            words = try table.strings("words")
            within = try table.int("within") ?? 60
            try table.rejectUnknownKeys()
            guard !words.isEmpty, within > 0 else {
                throw map.error(table.node, "'unless-preceded-by' needs 'words' and a positive 'within'")
            }
        }

        /// True when a negation word's occurrence (`negations`, sorted) closes shortly before `match`.
        func negates(_ match: Range<Int>, _ negations: [Range<Int>], _ utf16: [UInt16]) -> Bool {
            negations.contains { word in
                guard word.upperBound <= match.lowerBound, match.lowerBound - word.upperBound <= within else {
                    return false
                }
                return !utf16[word.upperBound..<match.lowerBound].contains(where: Self.endsClause)
            }
        }

        private static func endsClause(_ unit: UInt16) -> Bool {
            unit == 0x2E || unit == 0x21 || unit == 0x3F || unit == 0x0A || unit == 0x0D || unit == 0x3002
                || unit == 0xFF01 || unit == 0xFF1F
        }
    }
}
