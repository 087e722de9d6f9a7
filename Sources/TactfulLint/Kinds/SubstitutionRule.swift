import TactfulData
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
        var pairs: [(String, String)] = []
        if map.node("pairs") != nil {
            let (wrong, right) = try PhraseRule.readPhrases(map, key: "pairs")
            pairs += zip(wrong, right.map { $0 ?? "" })
        }
        if let glossary = try map.optionalString("glossary") {
            let from = try map.string("from"), to = try map.string("to")
            let table = try glossaries.table(glossary, columns: [from, to], near: map)
            guard let fromColumn = table.column(from), let toColumn = table.column(to) else {
                throw map.error(map.node, "glossary \(glossary) has no column '\(from)' or '\(to)'")
            }
            for row in table.rows where !row[fromColumn].isEmpty && !row[toColumn].isEmpty {
                let variants = Self.alternatives(row[fromColumn])
                let accepted = Self.alternatives(row[toColumn])
                let target = accepted.first ?? ""
                for variant in variants where !accepted.contains(variant) { pairs.append((variant, target)) }
            }
        }
        if let transform = try map.optionalString("transliterate") {
            guard var transliteration = try? Transliteration(id: transform),
                let converted = try? pairs.map({ pair throws(ICUError) in
                    (try transliteration.transform(pair.0), try transliteration.transform(pair.1))
                })
            else { throw map.error(map.node("transliterate") ?? map.node, "'\(transform)' is not an ICU transform") }
            pairs = converted.filter { $0.0 != $0.1 }
        }
        let caseSensitive = try map.bool("case-sensitive") ?? false
        let key: (String) -> String = { caseSensitive ? $0 : $0.lowercased() }
        let excluded = Set(try map.strings("except").map(key))
        pairs.removeAll { excluded.contains(key($0.0)) }
        guard !pairs.isEmpty else { throw map.error(map.node, "rule '\(info.id)' has no pairs") }
        var seen: Set<String> = []
        pairs = pairs.filter { seen.insert(key($0.0)).inserted }
        self.caseSensitive = caseSensitive
        wrong = pairs.map(\.0)
        right = pairs.map(\.1)
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

    /// A glossary cell's `|`-separated alternatives, empty ones left out (split over the UTF-8 buffer: a cell is
    /// split character by character otherwise, and the generic byte split cost 2,000 instructions a cell).
    private static func alternatives(_ cell: String) -> [String] {
        let bar = UInt8(ascii: "|")
        var bytes = cell
        return bytes.withUTF8 { buffer in
            guard buffer.contains(bar) else { return [cell] }
            var parts: [String] = []
            var start = 0
            for index in 0...buffer.count where index == buffer.count || buffer[index] == bar {
                if index > start {
                    parts.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self))
                }
                start = index + 1
            }
            return parts
        }
    }

    /// "Center", "Space Center": a capital initial and at least one lower-case letter ("CENTER" is emphasis, not a
    /// name).
    private static func isTitleCase(_ text: String) -> Bool {
        guard let first = text.first(where: \.isLetter), first.isUppercase else { return false }
        return text.contains(where: \.isLowercase)
    }
}
