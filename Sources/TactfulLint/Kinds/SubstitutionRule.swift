import TactfulGlossaryPairs
import TactfulICU

/// `kind: substitution` — a word or phrase that has a market-specific equivalent (color → colour,
/// ordenador → computadora); the fix swaps it, keeping capitalisation, and is safe by default.
///
/// ```yaml
/// pairs: {zip code: postcode}                       # inline wrong → right
/// glossary: Glossaries/vocabulary/en-spelling.csv   # and/or a table with one column per market
/// from: en-US                                       # the glossary column that is wrong here
/// to: en-GB                                         # the column that is right here
/// except: ["program"]                               # entries never to flag
/// transliterate: Hant-Hans                          # an ICU transform applied to both columns first (a Taiwan
///                                                   # table read for a Simplified-Chinese market)
/// skip-proper-names: true                           # "Kennedy Space Center" keeps its spelling
/// case-sensitive: true                              # pairs match only as written ("US", not "us")
/// ```
///
/// With `skip-proper-names`, a match written in Title Case that does not start a sentence is taken to be part of
/// a name (Kennedy Space Center, Pearl Harbor, Barbican Centre) and left alone; "Center the label" and "the center"
/// are still found.
struct SubstitutionRule: RuleKind {
    let info: RuleInfo
    let wrong: [String]
    let right: [String]
    let fixIsSafe: Bool
    let skipsProperNames: Bool
    let caseSensitive: Bool

    var literals: [Literal] { wrong.map { Literal($0) } }
    var findsOnlyAtLiterals: Bool { true }

    init(info: RuleInfo, map: YAMLMap, glossaries: GlossaryStore) throws(PackError) {
        self.info = info
        var pairs: [GlossaryPair] = []
        if map.node("pairs") != nil {
            let (wrong, right) = try PhraseRule.readPhrases(map, key: "pairs")
            pairs += zip(wrong, right).map { GlossaryPair(wrong: $0, right: $1 ?? "") }
        }
        // Whether no two pairs can share a key (none to drop as repeated): known of a built-in glossary's pairs alone.
        var distinct = pairs.isEmpty
        if let glossary = try map.optionalString("glossary") {
            let read = try glossaries.pairs(glossary, from: try map.string("from"), to: try map.string("to"), near: map)
            pairs += read.pairs
            distinct = distinct && read.distinct
        }
        if let transform = try map.optionalString("transliterate") {
            guard var transliteration = try? Transliteration(id: transform),
                let converted = try? pairs.map({ pair throws(ICUError) in
                    GlossaryPair(
                        wrong: try transliteration.transform(pair.wrong),
                        right: try transliteration.transform(pair.right))
                })
            else { throw map.error(map.node("transliterate") ?? map.node, "'\(transform)' is not an ICU transform") }
            pairs = converted.filter { $0.wrong != $0.right }
            distinct = false
        }
        let caseSensitive = try map.bool("case-sensitive") ?? false
        // Compared folded unless case-sensitive: a glossary's forms come folded (the built-in ones at build time).
        let key: (GlossaryPair) -> String = { caseSensitive ? $0.wrong : $0.folded }
        let excluded = Set(try map.strings("except").map { caseSensitive ? $0 : $0.lowercased() })
        if !excluded.isEmpty { pairs.removeAll { excluded.contains(key($0)) } }
        guard !pairs.isEmpty else { throw map.error(map.node, "rule '\(info.id)' has no pairs") }
        if !distinct {
            var seen: Set<String> = []
            pairs = pairs.filter { seen.insert(key($0)).inserted }
        }
        self.caseSensitive = caseSensitive
        wrong = pairs.map(\.wrong)
        right = pairs.map(\.right)
        fixIsSafe = (try map.optionalString("fix") ?? "safe") == "safe"
        skipsProperNames = try map.bool("skip-proper-names") ?? false
    }

    func findings(in context: LintContext, hits: [LiteralHit]) -> [Finding] {
        hits.compactMap { hit in
            let original = context.document.string(hit.range)
            if caseSensitive, original != wrong[hit.literal] { return nil }
            if skipsProperNames, Self.isTitleCase(original), !context.document.isSentenceInitial(hit.range.lowerBound),
                !Self.followsColon(hit.range.lowerBound, in: context.document.utf16)
            {
                return nil
            }
            let replacement = caseSensitive ? right[hit.literal] : Casing.match(right[hit.literal], like: original)
            let fix = Fix(replacement: replacement, description: "Use “\(replacement)”", safe: fixIsSafe)
            return context.finding(info, hit.range, fixes: [fix])
        }
    }

    /// True when a colon and spaces come right before `offset` ("SHOP: Penghantaran percuma …" starts anew there).
    private static func followsColon(_ offset: Int, in utf16: [UInt16]) -> Bool {
        var index = offset - 1
        while index >= 0, utf16[index] == 0x20 || utf16[index] == 0x09 { index -= 1 }
        return index >= 0 && index < offset - 1 && (utf16[index] == 0x3A || utf16[index] == 0xFF1A)
    }

    /// "Center", "Space Center": a capital initial and at least one lower-case letter ("CENTER" is emphasis, not a
    /// name).
    private static func isTitleCase(_ text: String) -> Bool {
        guard let first = text.first(where: \.isLetter), first.isUppercase else { return false }
        return text.contains(where: \.isLowercase)
    }
}
