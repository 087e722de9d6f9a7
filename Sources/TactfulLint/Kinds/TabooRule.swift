import TactfulData
import TactfulMarkets

/// `kind: taboo` — a word, emoji, number or gift with a negative reading in the customer's region
/// (`Glossaries/culture/taboos.yml`): an OK-hand to Brazil, a clock as a gift to a Chinese-speaking customer, pork to
/// the Gulf, "coger" to Mexico, a neo-Nazi code to Germany. Every entry's words run in every market; the market's
/// region decides. A gift's `objects` ("wall clock", "座钟") count in a sentence with a gift word (`gift-cues`:
/// "complimentary", "赠品", "プレゼント") or the sentence before it; a placement's `objects` (a Buddha image) in a
/// sentence with one of its `places` (a bathroom, a shoe rack); a number's `counts` ("4枚", "set of 4") in a reply
/// that holds a gift word anywhere; a number's `codes` as the digits of a code ("TREUE88", "LUCKY444"). Each entry
/// names its source.
///
/// ```yaml
/// kind: taboo        # no keys of its own: the readings are data
/// ```
struct TabooRule: RuleKind {
    let info: RuleInfo
    /// The taboos the rule reads, nil for the built-in ones before a market narrows them to its region.
    private let given: Table?
    /// What a listed text is: a taboo's word or exception, a gift's object, or a gift cue (no taboo of its own).
    private enum Role { case word, except, object, place, count, giftCue }

    /// The taboos, their listed texts and which taboos have codes.
    private struct Table {
        let taboos: [Taboo]
        let entries: [(taboo: Int, role: Role, text: String)]
        /// The taboos with `codes`, which are found by scanning the text rather than at literals.
        let codeTaboos: [Int]

        init(taboos: [Taboo], giftCues: [String]) {
            self.taboos = taboos
            var entries: [(taboo: Int, role: Role, text: String)] = []
            for (index, taboo) in taboos.enumerated() {
                entries +=
                    taboo.words.map { (index, .word, $0) } + taboo.except.map { (index, .except, $0) }
                    + taboo.objects.map { (index, .object, $0) } + taboo.places.map { (index, .place, $0) }
                    + taboo.counts.map { (index, .count, $0) }
            }
            entries += giftCues.map { (-1, .giftCue, $0) }
            self.entries = entries
            codeTaboos = taboos.indices.filter { !taboos[$0].codes.isEmpty }
        }
    }

    /// Every built-in taboo, for a rule read outside a market's rule set (listings, tests of the packs' phrases).
    private static let allBuiltIn = Table(taboos: Taboo.builtIn, giftCues: Taboo.giftCues)

    private var table: Table { given ?? Self.allBuiltIn }
    private var taboos: [Taboo] { table.taboos }
    private var entries: [(taboo: Int, role: Role, text: String)] { table.entries }
    private var codeTaboos: [Int] { table.codeTaboos }

    var literals: [Literal] { entries.map { Literal.byScript($0.text) } }
    var findsOnlyAtLiterals: Bool { codeTaboos.isEmpty }

    /// The rule over the built-in taboos, read when a market's rule set narrows it to the market's region
    /// (``narrowed(to:)``): a run reads no other region's taboos. (A built-in file that does not read is a build
    /// defect the pack tests catch.)
    init(info: RuleInfo, map: YAMLMap) throws(PackError) {
        guard BuiltInData.text(at: Taboo.path) != nil else {
            throw map.error(map.node, "no taboos: \(Taboo.path) is missing")
        }
        self.info = info
        given = nil
    }

    /// The rule over `taboos` and `giftCues`, whatever the market.
    init(info: RuleInfo, map: YAMLMap, taboos: [Taboo], giftCues: [String]) throws(PackError) {
        guard !taboos.isEmpty else { throw map.error(map.node, "no taboos") }
        self.info = info
        given = Table(taboos: taboos, giftCues: giftCues)
    }

    private init(info: RuleInfo, table: Table) {
        self.info = info
        given = table
    }

    /// The rule with only the taboos of `market`'s region (and every gift cue), when it reads the built-in ones: the
    /// others are never reported there.
    func narrowed(to market: Market) -> any RuleKind {
        guard given == nil else { return self }
        let (taboos, giftCues) = Taboo.builtIn(region: market.region)
        return TabooRule(info: info, table: Table(taboos: taboos, giftCues: giftCues))
    }

    func findings(in context: LintContext, hits: [LiteralHit]) throws(LintError) -> [Finding] {
        let region = context.market.region
        let cues = hits.filter { entries[$0.literal].role == .giftCue }.map(\.range)
        let relevant = hits.filter {
            entries[$0.literal].taboo >= 0 && taboos[entries[$0.literal].taboo].regions.contains(region)
        }
        let excepted = relevant.filter { entries[$0.literal].role == .except }.map(\.range)
        let document = context.document
        // Each hit that is a finding, with its span: a placement's runs from the object to the place.
        var spans: [Range<Int>: Range<Int>] = [:]
        let found = relevant.filter { hit in
            guard !excepted.contains(where: { $0.overlaps(hit.range) }) else { return false }
            switch entries[hit.literal].role {
            case .word: return true
            case .object:
                let taboo = entries[hit.literal].taboo
                guard taboos[taboo].places.isEmpty else {
                    guard let place = place(of: taboo, near: hit.range, among: relevant, document) else { return false }
                    spans[hit.range] =
                        min(
                            hit.range.lowerBound, place.lowerBound)..<max(
                            hit.range.upperBound, place.upperBound)
                    return true
                }
                // A gift's object counts in a sentence about a gift ("a complimentary wall clock"), or right after one
                // ("We'd like to send you a get-well gift. We suggest a potted orchid.").
                let sentence = document.sentence(containing: hit.range.lowerBound)
                let window = document.sentence(before: sentence).lowerBound..<sentence.upperBound
                return cues.contains { window.contains($0.lowerBound) && !$0.overlaps(hit.range) }
            case .count:
                // A count of items in a reply about a gift, not part of a longer number ("14枚").
                return !cues.isEmpty && !Self.followsDigit(hit.range.lowerBound, document.utf16)
            case .except, .place, .giftCue: return false
            }
        }
        var findings = found.longestNonOverlapping().map { hit in
            context.finding(
                info, spans[hit.range] ?? hit.range,
                message: taboos[entries[hit.literal].taboo].message(context.uiLanguage))
        }
        // A code's number is ASCII digits: a draft without one (most) holds no code, and is not read for codes.
        for index in codeTaboos where document.longestDigitRun > 0 && taboos[index].regions.contains(region) {
            let covered = findings.map(\.span)
            for code in TabooCodes.codes(in: document.utf16, endingIn: taboos[index].codes)
            where !covered.contains(where: { $0.overlaps(code) }) {
                findings.append(context.finding(info, code, message: taboos[index].message(context.uiLanguage)))
            }
        }
        return findings.sorted { $0.span.lowerBound < $1.span.lowerBound }
    }

    /// The nearest place of placement `taboo` in the object's sentence, the one before it or the two after it
    /// ("พระพุทธรูปเรซิ่น … องค์ที่บิ่น … ท่านสามารถนำไปวางในห้องน้ำได้": the object is named, then where to put it).
    private func place(of taboo: Int, near object: Range<Int>, among hits: [LiteralHit], _ document: Document)
        -> Range<Int>?
    {
        let sentence = document.sentence(containing: object.lowerBound)
        let previous = document.sentence(before: sentence)
        var end = sentence.upperBound
        for _ in 0..<2 where end < document.utf16.count { end = document.sentence(containing: end).upperBound }
        let window = previous.lowerBound..<end
        return hits.filter { entries[$0.literal].taboo == taboo && entries[$0.literal].role == .place }.map(\.range)
            .filter { window.contains($0.lowerBound) && !$0.overlaps(object) }
            .min { abs($0.lowerBound - object.lowerBound) < abs($1.lowerBound - object.lowerBound) }
    }

    private static func followsDigit(_ offset: Int, _ units: [UInt16]) -> Bool {
        guard offset > 0, let scalar = Unicode.Scalar(units[offset - 1]) else { return false }
        return scalar.properties.numericType != nil
    }
}
