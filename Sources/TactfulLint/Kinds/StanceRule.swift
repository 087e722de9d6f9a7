import TactfulStances

/// `kind: stance` — the phrasings that make a reply read as a bare refusal or as blame, in every pack language
/// (`Glossaries/phrasing/stances.yml`): refusal, helplessness, policy as a shield, blame and hindsight, deflection,
/// passive aggression, condescension. Each finding carries its family's message and, as a suggestion (never
/// applied), an opening in the customer's language that leads with what the agent can do. Phrases are matched
/// through the tokeniser: `*` marks a stem ("어쩔 수 없*" finds 없어요 and 없습니다) or a glued prefix (Arabic
/// clitics). Each family names what in the context makes it advice only (`softened-by:` a way forward offered
/// right after, a third party named): a refusal can be softened, helplessness and blame cannot. A family found twice
/// in one sentence is one finding over both phrases.
///
/// ```yaml
/// kind: stance       # no keys of its own: the families are data
/// ```
struct StanceRule: RuleKind {
    let info: RuleInfo
    /// Each family's id, message, lead and what softens it.
    private let families: [StanceAdvice]
    /// Each literal's role: a family's phrase, an exception, or a word of a frame's slot.
    private let roles: [StanceLiterals.Role]
    /// The phrases, exceptions and slot words as literals (thousands, kept as bytes: a draft holds a few).
    let literalTable: LiteralTable
    /// Every family's frames, with the family: how many slots each has.
    private let frames: [(family: Int, slotCount: Int)]
    /// The family a deflection becomes when its sentence names the third party it pins the fault on.
    private let blameShift: StanceAdvice?

    var literals: [Literal] { literalTable.literals }
    var findsOnlyAtLiterals: Bool { true }

    /// The rule over the built-in families, whose advice and literals were compiled when the binary was built.
    init(info: RuleInfo, map: YAMLMap) throws(PackError) {
        try self.init(info: info, map: map, families: StanceAdvice.builtIn, literals: StanceLiterals.builtIn)
    }

    /// The rule over the advice of `families` and their `literals` (compiled from the same families).
    init(info: RuleInfo, map: YAMLMap, families: [StanceAdvice], literals: StanceLiterals?) throws(PackError) {
        self.info = info
        guard !families.isEmpty, let literals else {
            throw map.error(map.node, "no stances: Glossaries/phrasing/stances.yml is missing or invalid")
        }
        self.families = families
        blameShift = families.first { $0.id == "blame-shift" }
        (roles, literalTable) = (literals.roles, LiteralTable(literals.phrases))
        frames = families.enumerated().flatMap { index, family in family.frameSlotCounts.map { (index, $0) } }
    }

    func findings(in context: LintContext, hits: [LiteralHit]) throws(LintError) -> [Finding] {
        var excepted: [Range<Int>] = [], stances: [(family: Int, range: Range<Int>)] = []
        var slotWords: [SlotWord] = []
        slotWords.reserveCapacity(hits.count)  // most hits are slot words ("we", "can"): dozens a draft
        for hit in hits {
            switch roles[hit.literal] {
            case .phrase(let family): stances.append((family, hit.range))
            case .except: excepted.append(hit.range)
            case .slot(let frame, let slot): slotWords.append(SlotWord(frame: frame, slot: slot, range: hit.range))
            }
        }
        stances += frameMatches(slotWords, in: context.document)
        let kept = stances.enumerated()
            .filter { stance in !excepted.contains { $0.overlaps(stance.element.range) } }
            .map { LiteralHit(range: $0.element.range, literal: $0.offset) }
            .longestNonOverlapping()
        let found = kept.sorted { $0.range.lowerBound < $1.range.lowerBound }.map { hit in
            var family = families[stances[hit.literal].family]
            // Denying responsibility with the courier or customs named in the same sentence ("the delay is the
            // courier's fault, not our responsibility") pins the fault on them: blame-shift, which nothing excuses.
            if family.id == "deflection", let blameShift,
                context.limitation?.namesThirdParty(besides: hit.range) == true
            {
                family = blameShift
            }
            return (family: family, range: hit.range)
        }
        // One finding per family and sentence: "Le problème vient du transporteur, nous n'y sommes pour rien" is one
        // blame-shift, shown over both phrases.
        var merged: [(family: StanceAdvice, range: Range<Int>)] = []
        for stance in found {
            if let last = merged.last, last.family.id == stance.family.id,
                context.document.sentence(containing: last.range.lowerBound)
                    == context.document.sentence(containing: stance.range.lowerBound)
            {
                merged[merged.count - 1].range = last.range.lowerBound..<stance.range.upperBound
            } else {
                merged.append(stance)
            }
        }
        return merged.map { family, range in
            let lead = family.lead[context.market.language] ?? family.lead["en"] ?? ""
            let zh = context.uiLanguage == .zhHans
            let fix = Fix(
                replacement: lead + " …", description: zh ? "先说明您能为客户做什么" : "Lead with what you can do",
                safe: false, suggestion: true)
            let finding = context.finding(info, range, fixes: [fix], message: family.message(context.uiLanguage))
            guard let limitation = context.limitation, !family.softenedBy.isEmpty else { return finding }
            return limitation.judged(finding, uiLanguage: context.uiLanguage, accepting: family.softenedBy)
        }
    }

    /// A word of a frame's slot found in the text.
    private struct SlotWord {
        let frame: Int
        let slot: Int
        let range: Range<Int>
    }

    /// The frames whose every slot has a word, in order, in one clause: one stance per clause and frame.
    ///
    /// A draft holds words of many frames' slots (common words such as "we" and "can" fill slots of dozens) and
    /// fills every slot of few: one pass over the words marks each frame's filled slots (a bit per slot, for frames
    /// of up to 64 slots), and a frame's words are gathered, in text order, only when each of its slots has one.
    /// (Grouping the words by frame in a sort cost some 11,000 instructions a draft.) The frames touched are listed in
    /// room for one a word (grown from empty, the list was reallocated four times a draft), and the marks are set
    /// through buffers (through the arrays, every word checked that each was not shared).
    private func frameMatches(_ words: [SlotWord], in document: Document) -> [(family: Int, range: Range<Int>)] {
        guard !words.isEmpty else { return [] }
        var filled = [UInt64].filled(0, count: frames.count), touched: [Int] = []
        var seen = [Bool].filled(false, count: frames.count)
        touched.reserveCapacity(words.count)
        filled.withUnsafeMutableBufferPointer { filled in
            seen.withUnsafeMutableBufferPointer { seen in
                for word in words {
                    filled[word.frame] |= 1 << UInt64(word.slot)
                    if !seen[word.frame] {
                        seen[word.frame] = true
                        touched.append(word.frame)
                    }
                }
            }
        }
        var matches: [(family: Int, range: Range<Int>)] = []
        for index in touched.sorted() {
            let slotCount = frames[index].slotCount
            guard slotCount > 64 || filled[index] == ~0 >> UInt64(64 - slotCount) else { continue }
            var found = [[Range<Int>]].filled([], count: slotCount)
            for word in words where word.frame == index { found[word.slot].append(word.range) }
            guard !found.contains(where: \.isEmpty) else { continue }
            var clauses: Set<Range<Int>> = []
            for first in found[0] {
                let clause = document.clause(containing: first.lowerBound, commas: true)
                guard clauses.insert(clause).inserted, let range = StanceFrame.match(in: clause, found: found)
                else { continue }
                matches.append((frames[index].family, range))
            }
        }
        return matches.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
