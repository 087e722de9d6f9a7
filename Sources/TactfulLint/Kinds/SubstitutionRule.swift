import TactfulData
import TactfulGlossaryPairs
import TactfulICU
import TactfulYAML

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
    /// The forms the rule finds (kept as bytes: a glossary gives a market's rule hundreds, a draft holds a few).
    let wrong: TextTable
    /// What each of `wrong` is replaced with.
    let right: TextTable
    let fixIsSafe: Bool
    let skipsProperNames: Bool
    let caseSensitive: Bool

    var literals: [Literal] { literalTable.literals }
    var literalTable: LiteralTable { LiteralTable(wholeWords: wrong) }
    var findsOnlyAtLiterals: Bool { true }

    /// Reads the rule; a built-in rule's final pairs come compiled when the binary was built (``BuiltInData``) unless
    /// `compiled` is false, which works them out here as for any other rule (the tests compare the two).
    init(info: RuleInfo, map: YAMLMap, glossaries: GlossaryStore, compiled: Bool = true) throws(PackError) {
        self.info = info
        if compiled, let built = Self.compiledPairs(map) {
            (wrong, right) = (built.wrong, built.right)
        } else {
            let pairs = try Self.pairs(map, glossaries: glossaries, rule: info.id)
            (wrong, right) = (pairs.wrong, pairs.right)
        }
        caseSensitive = try map.bool("case-sensitive") ?? false
        fixIsSafe = (try map.optionalString("fix") ?? "safe") == "safe"
        skipsProperNames = try map.bool("skip-proper-names") ?? false
    }

    /// The final pairs of a rule that writes none of its own and reads a built-in glossary, compiled when the binary
    /// was built; nil for any other rule, and when a key the list depends on does not read (the rule is then read as
    /// any other, and its error reported).
    private static func compiledPairs(_ map: YAMLMap) -> SubstitutionPairs? {
        guard map.node("pairs") == nil else { return nil }
        let key: String?
        do throws(PackError) {
            guard let glossary = try map.optionalString("glossary") else { return nil }
            key = SubstitutionPairs.key(
                glossary: glossary, from: try map.string("from"), to: try map.string("to"),
                transform: try map.optionalString("transliterate"), except: try map.strings("except"),
                caseSensitive: try map.bool("case-sensitive") ?? false)
        } catch {
            return nil
        }
        guard let encoded = key.flatMap(BuiltInData.substitutionPairs) else { return nil }
        return encoded.wrong.withUTF8Buffer { wrong in
            encoded.right.withUTF8Buffer { SubstitutionPairs.decode(wrong: wrong, right: $0) }
        }
    }

    /// The final pairs of the rule `map` (``SubstitutionPairs/list(own:glossary:transform:except:caseSensitive:)``),
    /// worked out from its pairs, its glossary read from `glossaries`, and its transform.
    private static func pairs(_ map: YAMLMap, glossaries: GlossaryStore, rule id: String) throws(PackError)
        -> SubstitutionPairs
    {
        var own: [GlossaryPair] = []
        if map.node("pairs") != nil {
            let (wrong, right) = try PhraseRule.readPhrases(map, key: "pairs")
            own = zip(wrong, right).map { GlossaryPair(wrong: $0, right: $1 ?? "") }
        }
        var read: GlossaryPairs?
        if let glossary = try map.optionalString("glossary") {
            read = try glossaries.pairs(glossary, from: try map.string("from"), to: try map.string("to"), near: map)
        }
        let transform = try map.optionalString("transliterate")
        var convert: ((String) -> String?)?
        if let transform {
            guard var transliteration = try? Transliteration(id: transform) else { throw unknown(transform, map) }
            convert = { try? transliteration.transform($0) }
        }
        let caseSensitive = try map.bool("case-sensitive") ?? false
        let except = try map.strings("except")
        guard
            let pairs = SubstitutionPairs.list(
                own: own, glossary: read, transform: convert, except: except, caseSensitive: caseSensitive)
        else { throw unknown(transform ?? "", map) }
        guard !pairs.isEmpty else { throw map.error(map.node, "rule '\(id)' has no pairs") }
        return SubstitutionPairs(pairs)
    }

    /// The error for a `transliterate:` that names no ICU transform.
    private static func unknown(_ transform: String, _ map: YAMLMap) -> PackError {
        map.error(map.node("transliterate") ?? map.node, "'\(transform)' is not an ICU transform")
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
    /// name). An all-ASCII match (most, in Latin-script markets) is read byte by byte: read as Characters, each
    /// cost some thousand instructions.
    static func isTitleCase(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isASCIITitleCase) ?? isTitleCaseByCharacters(text)
    }

    /// ``isTitleCase(_:)`` of the UTF-8 bytes of an all-ASCII text, where the letters are A–Z and a–z; nil for any
    /// other text.
    private static func isASCIITitleCase(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var initial: UInt8 = 0, hasLowercase = false
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            let upper = byte &- 0x41 < 26, lower = byte &- 0x61 < 26
            if initial == 0, upper || lower { initial = byte }
            hasLowercase = hasLowercase || lower
        }
        return initial &- 0x41 < 26 && hasLowercase
    }

    /// ``isTitleCase(_:)`` read as Characters: the way for any text (the tests compare the byte way with it).
    static func isTitleCaseByCharacters(_ text: String) -> Bool {
        guard let first = text.first(where: \.isLetter), first.isUppercase else { return false }
        return text.contains(where: \.isLowercase)
    }
}
