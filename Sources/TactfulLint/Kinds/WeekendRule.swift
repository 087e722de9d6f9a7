import Foundation
import TactfulICU
import TactfulMarkets

/// `kind: weekend` — the weekend spelled out with a day that is a working day in the customer's region ("after the
/// weekend (Saturday and Sunday)" to Saudi Arabia, whose weekend is Friday and Saturday). The region's weekend is
/// ICU's (CLDR `weekData`); the day names are ICU's in the market's language and English; the words for "weekend"
/// are data (`Glossaries/culture/weekend.yml`). A region whose weekend is one day in CLDR is not judged.
///
/// ```yaml
/// kind: weekend      # no keys of its own
/// ```
struct WeekendRule: RuleKind {
    let info: RuleInfo
    private let words: [String]
    /// Every language's words joining two days, standing between days and a weekend word after them, and leading from
    /// a weekend word to its days, lower-cased once (they were lowered again for every draft with a weekend word).
    private let joiners: [String], copulas: Set<String>, leads: [String]

    var literals: [Literal] { words.map { Literal.byScript($0) } }
    var findsOnlyAtLiterals: Bool { true }

    init(info: RuleInfo, map: YAMLMap, table: WeekendWords? = WeekendWords.builtIn) throws(PackError) {
        self.info = info
        guard let table else {
            throw map.error(map.node, "no weekend words: Glossaries/culture/weekend.yml is missing or invalid")
        }
        words = Self.distinctWords(table)
        joiners = table.joiners.values.joined().map { $0.lowercased() }
        copulas = Set(table.copulas.values.joined().map { $0.lowercased() })
        leads = table.leads.values.joined().map { $0.lowercased() }
    }

    /// The table's words of every language, each once ignoring case (the automaton matches them ignoring case).
    /// Compared by their lower-cased UTF-8 bytes: as strings, most of them beyond ASCII, every comparison a set's
    /// probe made went through Unicode normalization (0.7M instructions at every run's first draft).
    static func distinctWords(_ table: WeekendWords) -> [String] {
        var seen: Set<[UInt8]> = []
        return table.words.values.joined().filter { seen.insert(Array($0.lowercased().utf8)).inserted }
    }

    func findings(in context: LintContext, hits: [LiteralHit]) throws(LintError) -> [Finding] {
        let weekend = Set(context.market.weekend.map(\.icuNumber))
        guard weekend.count >= 2 else { return [] }
        let document = context.document
        let names = WeekendWords.dayNames(context.market.locale)
        var findings: [Finding] = []
        for hit in hits.longestNonOverlapping() {
            let sentence = document.sentence(containing: hit.range.lowerBound)
            let end = min(sentence.upperBound, hit.range.upperBound + 80)
            let (after, length) = Self.days(
                after: document.string(hit.range.upperBound..<end), names: names, joiners: joiners, leads: leads)
            var days = after, span = hit.range.lowerBound..<(hit.range.upperBound + length)
            if days.isEmpty {
                let start = max(sentence.lowerBound, hit.range.lowerBound - 60)
                let (before, offset) = Self.days(
                    before: document.string(start..<hit.range.lowerBound), names: names, joiners: joiners,
                    copulas: copulas)
                days = before
                span = (start + offset)..<hit.range.upperBound
            }
            let working = days.filter { !weekend.contains($0) }
            guard !working.isEmpty else { continue }
            findings.append(
                context.finding(info, span, message: message(context, weekend: weekend, working: working)))
        }
        return findings
    }

    /// The days of a list of two or more that ends right before a weekend word, with nothing between but spaces, a
    /// comma or one of `copulas` ("Saturday and Sunday are our weekend", "السبت والأحد عطلة نهاية الأسبوع"), and the
    /// UTF-16 offset in `text` where the list starts. Nothing when no such list ends there.
    static func days(before text: String, names: [(name: String, day: Int)], joiners: [String], copulas: Set<String>)
        -> ([Int], Int)
    {
        let characters = Array(text.lowercased())
        guard characters.count == text.count else { return ([], 0) }
        for start in characters.indices {
            let previous = start > 0 ? characters[start - 1] : " "
            guard characters[start].isLetter, !previous.isLetter || isCJK(previous) else { continue }
            let rest = String(characters[start...])
            let (days, length) = Self.days(after: rest, names: names, joiners: joiners)
            guard days.count >= 2, let gap = String(rest.utf16.dropFirst(length)) else { continue }
            let between = gap.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",،、")))
            guard between.isEmpty || copulas.contains(between) else { continue }
            return (days, String(text.prefix(start)).utf16.count)
        }
        return ([], 0)
    }

    /// The days named right after a weekend word — in brackets, after a colon or dash or one of `leads` ("يومي",
    /// "on the two days"), joined by commas, slashes, dashes or "and" — and the UTF-16 length they span. Nothing when no
    /// day name follows at once, or when one day follows with neither brackets nor a colon or dash.
    static func days(after text: String, names: [(name: String, day: Int)], joiners: [String], leads: [String] = [])
        -> ([Int], Int)
    {
        let characters = Array(text.lowercased())
        guard characters.count == text.count else { return ([], 0) }
        var index = 0, days: [Int] = [], consumed = 0
        func skip(_ set: Set<Character>) {
            while index < characters.count, set.contains(characters[index]) { index += 1 }
        }
        func matches(_ word: String, at position: Int) -> Bool {
            let word = Array(word)
            guard position + word.count <= characters.count else { return false }
            return Array(characters[position..<(position + word.count)]) == word
        }
        skip([" ", ":", "：", "-", "–", "—", ",", "،", "\u{00A0}"])
        if let lead = leads.first(where: { matches($0 + " ", at: index) }) {
            index += lead.count
            skip([" ", "\u{00A0}"])
        }
        // After a colon or dash (or in brackets) one day may be the whole weekend ("weekend: Sunday"); after a space or
        // a comma it takes a list: "over the weekend, Monday we ship" names the day after it, not the weekend.
        let introduced = characters[0..<index].contains { ":：-–—".contains($0) }
        let bracketed = index < characters.count && (characters[index] == "(" || characters[index] == "（")
        if bracketed { index += 1 }
        while index < characters.count {
            // Arabic glues "and" to the day: والأحد.
            let start =
                index + (characters[index] == "و" && !matches("و ", at: index) && index + 1 < characters.count ? 1 : 0)
            guard let day = names.first(where: { matches($0.name, at: start) }) else { break }
            let endOfName = start + day.name.count
            if endOfName < characters.count, characters[endOfName].isLetter, !isCJK(characters[endOfName]) { break }
            days.append(day.day)
            index = endOfName
            consumed = index
            skip([" ", ",", "、", "/", "&", "-", "–", "~", "～", "・", "\u{00A0}"])
            if let joiner = joiners.first(where: { matches($0, at: index) }) {
                index += joiner.count
                skip([" ", "\u{00A0}"])
            }
        }
        // In brackets the days are the whole aside: "long weekend (Monday, October 13 is a holiday)" is not a list.
        if bracketed {
            var close = consumed
            while close < characters.count, characters[close] == " " { close += 1 }
            guard close < characters.count, characters[close] == ")" || characters[close] == "）" else { return ([], 0) }
        }
        guard bracketed || introduced || days.count >= 2 else { return ([], 0) }
        return (days, String(text.prefix(consumed)).utf16.count)
    }

    private static func isCJK(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { (0x3040...0x9FFF).contains($0.value) } ?? false
    }

    private func message(_ context: LintContext, weekend: Set<Int>, working: [Int]) -> String {
        let region = context.regionName(context.market.region)
        let ui = context.uiLanguage == .zhHans ? "zh-Hans" : "en"
        let uiNames = (try? ICU.LocaleID(tag: ui)).flatMap { try? ICU.weekdayNames(locale: $0).first } ?? []
        func name(_ day: Int) -> String { uiNames.at(day - 1) ?? "\(day)" }
        let theirs = context.market.weekend.map { name($0.icuNumber) }
        let workdays = working.map(name)
        return context.uiLanguage == .zhHans
            ? "在\(region)，周末是\(theirs.joined(separator: "和"))；\(workdays.joined(separator: "、"))是工作日。请直接写明是哪几天休息（如“我们的仓库周六、周日休息”），不要称之为客户的“周末”。"
            : "In \(region) the weekend is \(theirs.joined(separator: " and ")); \(workdays.joined(separator: " and ")) is a working day there. Name the days you mean (“our warehouse is closed on Saturday and Sunday”) rather than calling them the weekend."
    }
}
