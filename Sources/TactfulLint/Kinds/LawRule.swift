import TactfulICU
import TactfulLawCues
import TactfulLiteralBoundaries

/// `kind: law` — a sentence that contradicts the customer's consumer law, judged against the market's statutory
/// minimums (`Glossaries/law/<market>.yml`) with the words of every language (`Glossaries/law/cues.yml`): a return
/// window shorter than the withdrawal period ("returns within 7 days" to a 14-day market), a refund later than the
/// law allows, a guarantee shorter than the statutory one, and the exclusions the market forbids ("no refund even
/// if faulty", "sale items can't be returned", "refund as store credit only", "return postage for a defective item
/// is at your cost", "the warranty is void because you opened it"). A lawful qualifier (a hygiene seal, made to
/// measure) or an offer ("free of charge") in the sentence clears an exclusion. A market without a law file gets
/// no finding. Periods are read from a number (in digits, or in words as ICU spells them) followed by ICU's name of a
/// day, week, month or year.
///
/// ```yaml
/// kind: law          # no keys of its own: the law and the words are data
/// ```
struct LawRule: RuleKind {
    let info: RuleInfo
    /// Each literal's role and language.
    private let roles: [LawCues.Role], languages: [String]
    /// The cue words as literals (thousands, kept as bytes: a draft holds a few).
    let literalTable: LiteralTable
    /// The period readers, with the inflected duration names ICU lacks.
    private let readers: PeriodReaders
    /// A literal whose role is a change of mind: a negated fault is read as one.
    private let changeOfMind: Int?

    var literals: [Literal] { literalTable.literals }
    var findsOnlyAtLiterals: Bool { true }

    /// The rule over the built-in cues, whose words' boundaries were found when the binary was built.
    init(info: RuleInfo, map: YAMLMap) throws(PackError) {
        try self.init(
            info: info, map: map, cues: LawCues.builtIn, words: LawCues.builtInBoundedWords, readers: .builtIn)
    }

    /// The rule over `cues`, with their `words` and the boundaries each must meet when they were found already (else
    /// found here, by each word's script), reading periods with `readers` (made for the cues' durations when nil).
    init(
        info: RuleInfo, map: YAMLMap, cues: LawCues?, words: BoundedPhrases? = nil, readers: PeriodReaders? = nil
    ) throws(PackError) {
        self.info = info
        guard let cues else { throw map.error(map.node, "no law cues: Glossaries/law/cues.yml is missing or invalid") }
        (roles, languages) = (cues.words.roles, cues.words.languages)
        literalTable = LiteralTable(words ?? BoundedPhrases(byScript: cues.words.texts))
        self.readers = readers ?? PeriodReaders(durations: cues.durations)
        changeOfMind = roles.firstIndex(of: .changeOfMind)
    }

    func findings(in context: LintContext, hits: [LiteralHit]) throws(LintError) -> [Finding] {
        guard let table = LawTable.builtIn(context.market.tag) else { return [] }
        // A maker's own guarantee is named in the market's language or English: German "Garantie" (the commercial
        // guarantee, beside the statutory Gewährleistung) is the Dutch and French word for the statutory one.
        let language = context.market.language
        let document = context.document
        // Copied only from the first hit left out: most drafts leave none, and filtering grew a new array hit by hit.
        var kept: [LiteralHit]?
        for (index, hit) in hits.enumerated() {
            let keeps =
                switch roles[hit.literal] {
                case .commercial: languages[hit.literal] == language || languages[hit.literal] == "en"
                case .redirect, .elsewhere: !Self.negatedBefore(hit.range, context: context)
                default: true
                }
            if !keeps, kept == nil {
                kept = Array(hits[..<index])
            } else if keeps {
                kept?.append(hit)
            }
        }
        var hits = Self.withoutReturnCosts(kept ?? hits, roles: roles)
        // Most replies name a return or a refund without refusing anything or stating a period: only sentences
        // with a refusal-like word, or a topic word and a digit, are looked at (a draft with neither is not even cut
        // into sentences here), unless a fault word and a restriction word may state a deadline for claiming a fault
        // ("our policy only covers defects reported within 7 days"). Sentences are told by their index, each hit's
        // found once, and noted in one array: sets and dictionaries of sentence ranges hashed a range for every hit.
        guard
            hits.contains(where: { Self.isDecisive(roles[$0.literal]) || Self.isTopic(roles[$0.literal]) })
                || (Self.judgesFaultWindows(table) && hits.contains { roles[$0.literal] == .faulty }
                    && hits.contains { roles[$0.literal] == .only })
        else {
            return []
        }
        let sentenceOf = hits.map { document.sentenceIndex(containing: $0.range.lowerBound) }
        readNegatedFaults(&hits, sentenceOf: sentenceOf, context: context)
        var notes = [Notes].filled(Notes(), count: (sentenceOf.max() ?? -1) + 1)
        for (hit, sentence) in zip(hits, sentenceOf) { notes[sentence].note(roles[hit.literal], at: hit.range) }
        // "The 12-month warranty has expired. We can't do anything further": a lapsed warranty given as the reason
        // for the refusal or the charge in the next sentence is judged with it.
        var refusedNext = [Range<Int>?].filled(nil, count: notes.count)
        for index in notes.indices.dropLast() where notes[index].lapsedGuarantee {
            guard let refusal = notes[index + 1].refusal else { continue }
            refusedNext[index] = refusal
            notes[index].worth = .decisive
        }
        // Each sentence is searched for a period once, however many topic words it holds (most have no digit, and
        // no number in words either); the periods found are kept for judging it.
        let reader = readers.reader(for: context.market.language)
        var periods: [Int: [PeriodReader.Period]] = [:]
        for sentence in notes.indices where notes[sentence].worth == .topical {
            let found = reader.periods(in: document.sentence(at: sentence), of: document.utf16)
            guard !found.isEmpty else { continue }
            notes[sentence].worth = .decisive
            periods[sentence] = found
        }
        guard notes.contains(where: { $0.worth == .decisive }) else { return [] }
        // The hits of each sentence worth judging, sentence by sentence, each sentence's in their order.
        let judged = hits.indices.filter { notes[sentenceOf[$0]].worth == .decisive }.sorted {
            (sentenceOf[$0], $0) < (sentenceOf[$1], $1)
        }
        var findings: [Finding] = []
        var first = 0
        while first < judged.count {
            let index = sentenceOf[judged[first]]
            var end = first + 1
            while end < judged.count, sentenceOf[judged[end]] == index { end += 1 }
            let found = judged[first..<end].map { hits[$0] }
            first = end
            findings += judge(
                found, in: Sentence(range: document.sentence(at: index), reader: reader, periods: periods[index]),
                table: table, context: context, before: Before(notes, before: index), refusedNext: refusedNext[index])
        }
        return findings.sorted { $0.span.lowerBound < $1.span.lowerBound }
    }

    /// What the law words of one sentence say: whether it is judged (a refusal-like word or a qualifier, or a topic
    /// word and a stated period: `topical` until its periods are read), and what carries to the sentences after it.
    private struct Notes {
        enum Worth {
            case skipped, topical, decisive
        }

        var worth = Worth.skipped
        var fault = false, withdrawal = false, carrier = false, damage = false
        /// A guarantee word and a word saying it ran out.
        var guarantee = false, expired = false
        var lapsedGuarantee: Bool { guarantee && expired }
        /// From the first to the last word that refuses or charges the customer, if any.
        var refusal: Range<Int>?
        /// A fault and a restriction word: with a stated period, a deadline for claiming a fault ("only defects
        /// reported within 7 days").
        var onlyWord = false
        /// The delivery charge, and a refund or return word: both make the sentence worth judging (the charge alone,
        /// in every "free shipping", does not).
        var deliveryCost = false, refundOrReturn = false

        /// Notes a law word of the sentence, found at `range`.
        mutating func note(_ role: LawCues.Role, at range: Range<Int>) {
            if LawRule.isDecisive(role) {
                worth = .decisive
            } else if LawRule.isTopic(role), worth == .skipped {
                worth = .topical
            }
            deliveryCost = deliveryCost || role == .deliveryCost
            refundOrReturn = refundOrReturn || role == .refund || role == .withdrawal
            if deliveryCost && refundOrReturn { worth = .decisive }
            onlyWord = onlyWord || role == .only
            // The goods' fault is often said a sentence or two before the cost ("The speaker is defective. The
            // return postage is at your cost."): it carries to the return-cost exclusion, and to nothing else. A
            // guarantee claim is a fault claim ("Die Gewährleistung beträgt … Die Kosten für den Versand tragen
            // Sie."). A return named in the sentence before carries likewise to the withdrawal return-cost exclusion.
            fault = fault || role == .faulty || role == .guarantee
            withdrawal = withdrawal || role == .withdrawal
            carrier = carrier || role == .carrier
            damage = damage || role == .faulty || role == .lost
            guarantee = guarantee || role == .guarantee
            expired = expired || role == .expired
            if fault && onlyWord && worth == .skipped { worth = .topical }
            if role == .refusal || role == .customerPays {
                let known = refusal ?? range
                refusal = min(known.lowerBound, range.lowerBound)..<max(known.upperBound, range.upperBound)
            }
        }
    }

    /// What the sentences just before a judged one said: a fault or guarantee claim, or damage or loss (one or two
    /// before), a return or the carrier (the one before), a return one or two before (`returnNear`).
    private struct Before {
        let fault: Bool
        let withdrawal: Bool
        let returnNear: Bool
        let carrier: Bool
        let damage: Bool

        /// What the sentences before sentence `index` said, by the sentences' `notes`.
        init(_ notes: [Notes], before index: Int) {
            let last = index >= 1 ? notes[index - 1] : Notes(), earlier = index >= 2 ? notes[index - 2] : Notes()
            fault = last.fault || earlier.fault
            withdrawal = last.withdrawal
            returnNear = last.withdrawal || earlier.withdrawal
            carrier = last.carrier
            damage = last.damage || earlier.damage
        }
    }

    /// A judged sentence: its range, and the periods it states, read when first asked for (or already read, when
    /// they made it worth judging), once however many checks ask.
    private struct Sentence {
        let range: Range<Int>
        let reader: PeriodReader
        var periods: [PeriodReader.Period]?

        /// The periods the sentence states (`utf16` is the document's), read on the first call only.
        mutating func statedPeriods(in utf16: [UInt16]) -> [PeriodReader.Period] {
            if let periods { return periods }
            let found = reader.periods(in: range, of: utf16)
            periods = found
            return found
        }
    }

    /// The findings of a sentence: the exclusion it makes, if any, and the first period that falls short, if any
    /// ("Returns within 7 days, refunded only as a voucher" misstates both).
    /// `refusedNext`: the words of the next sentence that refuse or charge the customer, after this one said the
    /// warranty ran out.
    private func judge(
        _ hits: [LiteralHit], in sentence: Sentence, table: LawTable, context: LintContext, before: Before,
        refusedNext: Range<Int>?
    )
        -> [Finding]
    {
        var sentence = sentence
        var roles = LawWordRanges()
        for hit in hits { roles.append(hit.range, as: self.roles[hit.literal]) }
        let negated = negatedTopicClause(roles, context: context)
        // The delivery charge is refused only in its own clause ("…, but we refund the original delivery" after
        // refusing the return postage is no finding), and only about a return named here or a sentence or two before:
        // "We can't refund the shipping fee" in a delivery update refuses nothing the withdrawal right gives.
        let aboutAReturn = roles[.withdrawal] != nil || before.returnNear
        let deliveryCostRefused =
            aboutAReturn
            && (roles[.deliveryCost] ?? []).contains { cost in
                let clause = context.document.clause(containing: cost.lowerBound, commas: true)
                let refundHere = ([.refund, .withdrawal] as [LawCues.Role]).contains { topic in
                    (roles[topic] ?? []).contains { $0.overlaps(clause) }
                }
                return (roles[.refusal] ?? []).contains { $0.overlaps(clause) }
                    || (refundHere && negates(clause, roles: roles, context: context))
            }
        let present = roles.present
        let statesPeriod =
            present.contains(.expired) && present.contains(.guarantee)
            && !sentence.statedPeriods(in: context.document.utf16).isEmpty
        // "No returns 10 days after receipt" states a window the law allows; "after receipt, though you got it 2 days
        // ago" does not.
        let statesLawfulWindow =
            present.contains(.afterReceipt)
            && table.withdrawalDays.map { minimum in
                sentence.statedPeriods(in: context.document.utf16).contains { $0.days >= minimum.value }
            } ?? false
        // Where the law sets a guarantee period, a lapsed warranty ends nothing while every period the sentence states
        // (the warranty's length, the item's age) is shorter than it.
        let withinStatutoryGuarantee =
            statesPeriod
            && (table.guaranteeMonths.map { minimum in
                sentence.statedPeriods(in: context.document.utf16).allSatisfy { $0.days < minimum.value * 30 }
            } ?? false)
        let exclusion =
            LawVerdict.exclusion(
                present, table: table, negatedTopic: negated != nil, statesPeriod: statesPeriod,
                statesLawfulWindow: statesLawfulWindow, deliveryCostRefused: deliveryCostRefused,
                refusedNext: refusedNext != nil, withinStatutoryGuarantee: withinStatutoryGuarantee)
            ?? (before.fault ? LawVerdict.returnCostAfterFault(present, table: table) : nil)
            ?? (before.withdrawal ? LawVerdict.returnCostAfterWithdrawal(present, table: table) : nil)
            ?? LawVerdict.carrierRedirect(
                present, table: table, damageBefore: before.damage, carrierBefore: before.carrier)
        var findings: [Finding] = []
        if let exclusion {
            let involved = Self.involvedRoles(exclusion).flatMap { roles[$0] ?? [] }
            var span = (involved.map(\.lowerBound).min() ?? 0)..<(involved.map(\.upperBound).max() ?? 0)
            // A refusal in the agent's own words starts where its clause does ("Orders can't be cancelled"), so the
            // law finding, not the bare-refusal one of the same family, is the one reported.
            if let negated, negated.lowerBound < span.lowerBound { span = negated.lowerBound..<span.upperBound }
            // A lapsed warranty's finding spans the periods given as its reason ("abgelaufen, da Sie das Gerät vor
            // mehr als 6 Monaten gekauft haben") and the refusal of the next sentence that it leads to.
            if exclusion == .warrantyExpired {
                let periods = sentence.statedPeriods(in: context.document.utf16).map(\.range)
                for range in periods + (refusedNext.map { [$0] } ?? []) {
                    span = min(span.lowerBound, range.lowerBound)..<max(span.upperBound, range.upperBound)
                }
            }
            findings.append(
                context.finding(
                    info, span, message: LawMessage.text(.unlawful(exclusion), table: table, context: context)))
        }
        if let period = shortPeriod(roles, in: &sentence, table: table, context: context),
            !findings.contains(where: { $0.span.overlaps(period.span) })
        {
            findings.append(period)
        }
        return findings
    }

    /// The first stated period of the sentence that falls short of the market's law, judged beside its topic word.
    private func shortPeriod(
        _ roles: LawWordRanges, in sentence: inout Sentence, table: LawTable, context: LintContext
    )
        -> Finding?
    {
        // A fault is the topic only when no return, refund or guarantee word is, and the sentence restricts its claim
        // ("defects reported after 7 days are not covered", "our policy only covers defects reported within 7 days").
        let restricted = roles[.only] != nil || roles[.refusal] != nil
        let named: [LawCues.Role] = [.withdrawal, .refund, .guarantee]
        let topics: [LawCues.Role] =
            named.contains(where: { roles[$0] != nil }) ? named : restricted && roles[.faulty] != nil ? [.faulty] : []
        guard !topics.isEmpty else { return nil }
        let utf16 = context.document.utf16
        let periods = sentence.statedPeriods(in: utf16)
        // A sentence of prose states a few periods; a megabyte without a full stop is judged on its first 64.
        for period in periods.prefix(64) {
            // "After 30 days" is a threshold, not a window: it counts only beside a refusal ("defects reported
            // after 7 days are not covered", "5일 지났으니 반품은 어렵습니다").
            // Spaced languages put the word before the number ("after 7 days"; "60 Tagen nach Eingang" is a
            // window's start); Korean, Japanese and Chinese after it ("7日後", "5일 지났으니").
            // Before the number in Korean, Japanese and Chinese, the word names the window's start ("수령 후 3일
            // 이내", "到着後7日以内": within 3 days of receipt), not a threshold.
            let threshold = (roles[.after] ?? []).contains {
                let unspaced = utf16[$0.lowerBound] >= 0x3040
                return
                    ($0.upperBound <= period.range.lowerBound && period.range.lowerBound - $0.upperBound <= 3
                    && !unspaced)
                    || ($0.lowerBound >= period.range.upperBound && $0.lowerBound - period.range.upperBound <= 3
                        && unspaced)
            }
            // A warranty that "expired after 12 months" states its length: a threshold with the warranty's end.
            let expiredGuarantee = roles[.expired] != nil && roles[.guarantee] != nil
            if threshold, roles[.refusal] == nil, !expiredGuarantee { continue }
            // "Received three days ago" is the goods' age; "answered within 14 days", after a guarantee word, a deadline.
            if Self.beside(roles[.ago] ?? [], period.range) { continue }
            let deadline = (roles[.within] ?? []).contains {
                $0.upperBound <= period.range.lowerBound && period.range.lowerBound - $0.upperBound <= 3
            }
            // The topic word nearest the period ("returns within 7 days; refunds within 14 days"); a guarantee's
            // length is written next to it ("30-day warranty", "garantía de 30 días", "保修期30天"), while a
            // period further off is the item's age ("after 11 months it is still under guarantee").
            let nearest = topics.flatMap { topic in (roles[topic] ?? []).map { (topic, $0) } }
                .min { Self.distance($0.1, period.range) < Self.distance($1.1, period.range) }
            // A refund's deadline follows the word ("the refund is made within 60 days"); "within 30 days, you're
            // entitled to a full refund" is about something else.
            // A guarantee shorter than the statutory one misstates the customer's rights ("our products are
            // guaranteed 6 months"), unless the sentence makes it the maker's or the shop's own beside the statutory
            // one ("a 12-month manufacturer's warranty", German "Garantie" as against "Gewährleistung"); a restricted
            // one ("claims accepted only for 12 months") is a finding either way, its period further off too.
            // Its length is written next to it, or after it as the sentence's predicate ("A garantia dos nossos
            // equipamentos é de 2 anos"); a period before it, further off, is the item's age.
            let reach = { (topic: Range<Int>) in
                topic.upperBound <= period.range.lowerBound && roles[.after] == nil ? 40 : 15
            }
            // A fault's claim window reads as a deadline ("defects reported within 7 days") or beside a refusal
            // ("… after 14 days are not covered"); "it stopped working after only two weeks" is the goods' age.
            if nearest?.0 == .faulty, !deadline, roles[.refusal] == nil { continue }
            guard let (topic, topicRange) = nearest,
                topic != .guarantee
                    || (Self.distance(topicRange, period.range) <= reach(topicRange) && roles[.commercial] == nil
                        && !deadline)
                    || (Self.distance(topicRange, period.range) <= 60 && restricted),
                topic != .refund || topicRange.upperBound <= period.range.lowerBound,
                let verdict = LawVerdict.period(
                    .init(days: period.days, topic: topic, restricted: restricted), table: table)
            else { continue }
            let span =
                min(
                    topicRange.lowerBound, period.range.lowerBound)..<max(
                    topicRange.upperBound, period.range.upperBound)
            return context.finding(info, span, message: LawMessage.text(verdict, table: table, context: context))
        }
        return nil
    }

    /// True for the words that make a negated return, refund or cancellation unlawful by themselves: in any case,
    /// change of mind, late, on sale, opened.
    private static func isNegationQualifier(_ role: LawCues.Role) -> Bool {
        switch role {
        case .blanket, .changeOfMind, .afterReceipt, .delay, .sale, .opened: true
        default: false
        }
    }

    /// The roles ``isNegationQualifier(_:)`` is true for.
    private static let negationQualifiers = LawRoles(LawCues.Role.allCases.filter(isNegationQualifier))

    /// True for the topic words (a return, a refund, a guarantee) that make a sentence worth judging when it states
    /// a period. A switch, not a set: asked for every hit of every draft.
    private static func isTopic(_ role: LawCues.Role) -> Bool {
        switch role {
        case .withdrawal, .refund, .guarantee: true
        default: false
        }
    }

    /// True when the market's law sets a period a deadline for claiming a fault can fall short of (a statutory
    /// guarantee or a defect presumption): elsewhere a draft with only a fault and a restriction word is not read.
    private static func judgesFaultWindows(_ table: LawTable) -> Bool {
        table.guaranteeMonths != nil || table.defectPresumptionMonths != nil
    }

    /// True for the roles that make a sentence worth judging without a stated period: a refusal-like word or a
    /// qualifier (``isNegationQualifier(_:)``). A switch, not a set: asked for every hit of every draft.
    private static func isDecisive(_ role: LawCues.Role) -> Bool {
        switch role {
        case .refusal, .voucher, .void, .fee, .customerPays, .redirect, .elsewhere, .giftCard: true
        default: isNegationQualifier(role)
        }
    }

    /// The clause in which a return, refund or cancellation word is negated ("we don't do refunds", "반품은
    /// 불가합니다"), if any. Asked only of sentences that also say "in any case", "change of mind", "late", "on sale"
    /// or "opened".
    private func negatedTopicClause(_ roles: LawWordRanges, context: LintContext) -> Range<Int>? {
        guard roles.present.intersects(Self.negationQualifiers) else { return nil }
        let document = context.document
        let topics = [LawCues.Role.withdrawal, .refund, .cancel].flatMap { roles[$0] ?? [] }
        for topic in topics {
            var clause = document.clause(containing: topic.lowerBound, commas: true)
            // Written without spaces, a clause runs long and 不 or ない is in many words ("不好意思"): the negation is
            // looked for right before the word or in the verb after it ("概不退換", "返品は一切お受けしておりません").
            if !context.cues.spaced {
                clause = max(clause.lowerBound, topic.lowerBound - 6)..<min(clause.upperBound, topic.upperBound + 20)
            }
            if negates(clause, roles: roles, context: context) { return clause }
        }
        return nil
    }

    /// True when `clause` holds a negation outside the return, refund, cancellation and change-of-mind words of
    /// `roles`: the topic's and the reason's own negation doesn't count (无 in 七天无理由退货); a blanket word's does
    /// ("under no circumstances", 概不).
    private func negates(_ clause: Range<Int>, roles: LawWordRanges, context: LintContext) -> Bool {
        let cueWords = [LawCues.Role.withdrawal, .refund, .cancel, .changeOfMind].flatMap { roles[$0] ?? [] }
        var units = Array(context.document.utf16[clause])
        for word in cueWords where word.overlaps(clause) {
            for index in word.clamped(to: clause) { units[index - clause.lowerBound] = 0x20 }
        }
        return context.cues.negations.occurs(in: units.withUnsafeBufferPointer(ICU.string(utf16:)))
    }

    /// True when a negation comes just before `range` (at most 24 UTF-16 units, in its clause): "senza che Lei debba
    /// contattare il produttore", "you won't need to contact the manufacturer" send the customer nowhere, while in
    /// "we can't repair it and you must contact the manufacturer" the negation is the refusal's.
    private static func negatedBefore(_ range: Range<Int>, context: LintContext) -> Bool {
        let clause = context.document.clause(containing: range.lowerBound, commas: true)
        let start = max(clause.lowerBound, range.lowerBound - 24)
        return context.cues.negations.occurs(in: context.document.string(start..<range.lowerBound))
    }

    /// True when one of the two words right before `range`, in its clause, is a negation ("wasn't faulty", "nicht
    /// defekt", "no está dañado"); only in languages written with spaces, whose words are read apart.
    /// Goods said to be fine ("as the item wasn't faulty", "n'était pas défectueux") are returned for no fault: each
    /// such fault word becomes a change of mind. Only the fault words that can matter are read: in a sentence with a
    /// refusal-like or topic word, or one or two sentences before one (a fault carries that far). The sentences that
    /// can matter are flagged in an array by index (a set of them hashed and grew for every such word).
    private func readNegatedFaults(_ hits: inout [LiteralHit], sentenceOf: [Int], context: LintContext) {
        guard let changeOfMind, hits.contains(where: { roles[$0.literal] == .faulty }) else { return }
        var relevant = [Bool].filled(false, count: (sentenceOf.max() ?? -1) + 1)
        for (hit, sentence) in zip(hits, sentenceOf)
        where Self.isDecisive(roles[hit.literal]) || Self.isTopic(roles[hit.literal]) {
            for before in max(sentence - 2, 0)...sentence { relevant[before] = true }
        }
        for index in hits.indices where roles[hits[index].literal] == .faulty && relevant[sentenceOf[index]] {
            // The negation is part of the change of mind it makes ("even if it isn't faulty, you can return it"): it
            // negates no return word of its clause.
            guard let start = Self.negationStart(before: hits[index].range, context: context) else { continue }
            hits[index] = LiteralHit(range: start..<hits[index].range.upperBound, literal: changeOfMind)
        }
    }

    /// Where the negation just before a fault word's `range` starts its window, if there is one: read back over at
    /// most 24 UTF-16 units to a clause mark, without cutting the draft into sentences — asked for every fault word of
    /// every draft, most of which the rule then leaves.
    private static func negationStart(before range: Range<Int>, context: LintContext) -> Int? {
        guard context.cues.spaced else { return nil }
        let utf16 = context.document.utf16
        let isSpace = { (unit: UInt16) in unit == 0x20 || unit == 0xA0 || unit == 0x09 }
        // Back to a clause mark (, . ; : ! ? or a line break), at most 24 units, and there to the start of the second
        // word before the fault word.
        var from = range.lowerBound, words = 0
        while from > max(0, range.lowerBound - 24) {
            let unit = utf16[from - 1]
            if [0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x0A].contains(unit) { break }
            if isSpace(unit), from < range.lowerBound, !isSpace(utf16[from]) {
                words += 1
                if words == 2 { break }
            }
            from -= 1
        }
        guard context.cues.negations.occurs(in: context.document.string(from..<range.lowerBound)) else { return nil }
        while from < range.lowerBound, isSpace(utf16[from]) { from += 1 }
        return from
    }

    private static func involvedRoles(_ exclusion: LawTable.Exclusion) -> [LawCues.Role] {
        switch exclusion {
        case .storeCreditOnly: [.voucher, .only, .refusal]
        case .returnCostFaulty: [.faulty, .shippingCost, .customerPays]
        case .returnCostWithdrawal: [.withdrawal, .shippingCost, .customerPays]
        case .warrantyVoid: [.guarantee, .void, .tampering, .opened]
        case .warrantyExpired: [.guarantee, .expired, .refusal]
        case .giftCardExpiry: [.giftCard, .void, .expired]
        case .feeOnWithdrawal: [.fee]
        case .faultyRefused: [.faulty, .refusal, .voucher, .blanket]
        case .withdrawalRefused: [.refusal, .blanket, .changeOfMind, .afterReceipt, .withdrawal, .refund]
        case .lateCancellationRefused: [.cancel, .delay, .refusal]
        case .manufacturerRedirect: [.redirect]
        case .carrierRedirect: [.carrier, .elsewhere, .refusal, .lost]
        case .saleItems: [.sale, .refusal]
        case .opened: [.opened, .refusal]
        case .initialDeliveryKept: [.deliveryCost, .refusal]
        }
    }

    /// The hits without the delivery-charge words that name a return's cost: right after a return word ("return
    /// shipping costs") or followed closely by one ("Versandkosten für die Rücksendung", "frete de devolução").
    private static func withoutReturnCosts(_ hits: [LiteralHit], roles: [LawCues.Role]) -> [LiteralHit] {
        guard hits.contains(where: { roles[$0.literal] == .deliveryCost }) else { return hits }
        let returns = hits.filter { roles[$0.literal] == .withdrawal }.map(\.range)
        return hits.filter { hit in
            guard roles[hit.literal] == .deliveryCost else { return true }
            return !returns.contains { word in
                (word.upperBound <= hit.range.lowerBound && hit.range.lowerBound - word.upperBound <= 2)
                    || (word.lowerBound >= hit.range.upperBound && word.lowerBound - hit.range.upperBound <= 14)
            }
        }
    }

    /// True when one of `cues` is within 3 units before or after `period`.
    private static func beside(_ cues: [Range<Int>], _ period: Range<Int>) -> Bool {
        cues.contains { distance($0, period) <= 3 }
    }

    private static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        a.overlaps(b) ? 0 : (a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound : a.lowerBound - b.upperBound)
    }
}
