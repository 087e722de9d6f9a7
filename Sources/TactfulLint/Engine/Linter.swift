import Foundation
import TactfulICU
import TactfulMarkets

/// Lints drafts for one market: the one engine behind the CLI, the HTTP service and the library.
public struct Linter: Sendable {
    /// The compiled rules.
    public let ruleSet: RuleSet
    /// Severity overrides and ignored terms from the config.
    public let settings: LintSettings
    /// Texts longer than this many UTF-16 units are linted in sections (tests shorten it).
    var sectionLength = TextSections.length

    /// A linter for `ruleSet` with `settings`.
    public init(ruleSet: RuleSet, settings: LintSettings = LintSettings()) {
        self.ruleSet = ruleSet
        self.settings = settings
    }

    /// Lints `text`; findings are sorted by position and carry 1-based line/column positions.
    public func lint(_ text: String, channel: Channel = .email, uiLanguage: UILanguage = .en) throws(LintError)
        -> [Finding]
    {
        try lintReportingSuppressions(text, channel: channel, uiLanguage: uiLanguage).findings
    }

    /// Lints `text` and also returns the suppression comments that suppressed nothing (UTF-16 ranges).
    ///
    /// A text longer than `TextSections.length` units (no reply is; a pasted log or a generated file may be) is
    /// linted section by section, cut at paragraph, line or sentence ends, so that memory stays bounded: checks that
    /// read the whole text (a register mix, a suppression comment's reach) then read one section.
    public func lintReportingSuppressions(_ text: String, channel: Channel = .email, uiLanguage: UILanguage = .en)
        throws(LintError) -> (findings: [Finding], unusedSuppressions: [Range<Int>])
    {
        var budget = FindingBudget(perRule: Self.findingsPerRule)
        var findings: [Finding] = [], unused: [Range<Int>] = []
        for section in TextSections(text, length: sectionLength) {
            let (found, unusedHere) = try lintSection(
                section, channel: channel, uiLanguage: uiLanguage, budget: &budget)
            findings += found
            unused += unusedHere.map { ($0.lowerBound + section.offset)..<($0.upperBound + section.offset) }
        }
        findings += budget.summaries(uiLanguage: uiLanguage).compactMap(settings.apply)
        return (findings.sorted { ($0.span.lowerBound, $0.rule) < ($1.span.lowerBound, $1.rule) }, unused)
    }

    /// Lints one section as a document: findings placed in the whole text, at most `budget` allows per rule.
    private func lintSection(
        _ section: TextSections.Section, channel: Channel, uiLanguage: UILanguage, budget: inout FindingBudget
    )
        throws(LintError) -> (findings: [Finding], unusedSuppressions: [Range<Int>])
    {
        let document: Document
        do { document = try Document(text: section.text, language: ruleSet.market.locale, pool: ruleSet.pool) } catch {
            throw LintError(description: "could not segment the text: \(error)")
        }
        let hits: RuleHits, cues: [ContextCue]
        do { (hits, cues) = try ruleSet.literalHits(in: document) } catch {
            throw LintError(description: "could not fold the rules' phrases: \(error)")
        }
        let limitation = LimitationContext(document: document, cues: cues)
        let context = LintContext(
            document: document, market: ruleSet.market, channel: channel, uiLanguage: uiLanguage,
            cues: ruleSet.cues, pool: ruleSet.pool, teamZone: settings.teamTimeZone, limitation: limitation)
        let meaning = MeaningGuard(cues: ruleSet.cues)
        let suppressions = Suppressions(document: document)
        let ignored = ignoredSpans(in: document)
        var findings: [Finding] = []
        var usedSuppressions: Set<Int> = []
        // Keeps what is in scope, within budget, not ignored and not suppressed.
        func admit(_ produced: [Finding], of info: RuleInfo) {
            for finding in produced where inScope(finding, info, document) {
                // A text that repeats one mistake thousands of times gets the first findings and a count.
                guard budget.admits(finding) else { continue }
                if ignored.contains(where: {
                    $0.contains(finding.span.lowerBound) && finding.span.upperBound <= $0.upperBound
                }) {
                    continue
                }
                if let suppressor = suppressions.suppressor(of: info.id, at: finding.span.lowerBound) {
                    usedSuppressions.insert(suppressor)
                    continue
                }
                findings.append(info.isLimitation ? limitation.judged(finding, uiLanguage: uiLanguage) : finding)
                budget.spend(on: finding.rule)
            }
        }
        let rules = ruleSet.rules, findsOnlyAtLiterals = ruleSet.findsOnlyAtLiterals
        let channelMasks = ruleSet.channelMasks, channelBit = channel.maskBit
        hits.forEachRule(below: rules.count) { index, ruleHits in
            guard !(findsOnlyAtLiterals[index] && ruleHits.isEmpty), channelMasks[index] & channelBit != 0 else {
                return
            }
            // A rule's declaration is read only when the rule found something: copying its strings retained and
            // released a dozen objects for every rule that ran.
            let produced: [Finding]
            do throws(LintError) {
                produced = try rules[index].findings(in: context, hits: ruleHits)
            } catch {
                findings.append(ruleFailure(rules[index].info, error, context))
                return
            }
            if !produced.isEmpty { admit(produced, of: rules[index].info) }
        }
        // Summaries read the findings so far: with none (most drafts), none has evidence, and none is looked at.
        let earlier = findings
        for summary in earlier.isEmpty ? [] : ruleSet.summaries where summary.info.channels.contains(channel) {
            let evidence = earlier.filter { summary.evidenceRules.contains($0.rule) }
            guard !evidence.isEmpty else { continue }
            admit(summary.findings(in: context, evidence: evidence), of: summary.info)
        }
        budget.place { section.shifted(position($0, document)) }
        let placed = Self.resolveOverlaps(findings.compactMap(settings.apply), families: ruleSet.families)
            .map { section.shifted(position(meaning.guarded($0, in: document), document)) }
        return (placed, suppressions.comments(except: usedSuppressions))
    }

    /// At most this many findings of one rule are reported per text; past it, one finding says how many more.
    public static let findingsPerRule = 1000

    /// Within a rule family (`family:` in the pack; by default the rule itself), overlapping findings keep the
    /// leftmost, and of those starting together the longest; in a family named for one of its rules, that rule's
    /// findings come first (a refusal that contradicts the customer's law is the law finding, wherever the refusal
    /// starts). Findings of different families may overlap.
    static func resolveOverlaps(_ findings: [Finding], families: [String: String]) -> [Finding] {
        guard findings.count > 1, !areDisjoint(findings) else { return findings }
        return resolveFamilies(findings, families: families)
    }

    /// ``resolveOverlaps(_:families:)`` family by family: the way for findings that may overlap (the tests compare
    /// it with the shortcut for disjoint ones).
    static func resolveFamilies(_ findings: [Finding], families: [String: String]) -> [Finding] {
        let groups = Dictionary(grouping: findings) { families[$0.rule] ?? $0.rule }
        return groups.flatMap { family, group -> [Finding] in
            let order = { (finding: Finding) in (finding.span.lowerBound, -finding.span.count) }
            let head = group.filter { $0.rule == family }.sorted { order($0) < order($1) }
            var kept: [Finding] = []
            for finding in head where !(kept.last?.span.overlaps(finding.span) ?? false) { kept.append(finding) }
            let heads = kept
            for finding in group.filter({ $0.rule != family }).sorted(by: { order($0) < order($1) }) {
                if heads.contains(where: { $0.span.overlaps(finding.span) }) { continue }
                if let last = kept.last, last.rule != family, last.span.overlaps(finding.span) { continue }
                kept.append(finding)
            }
            return kept
        }
    }

    /// True when no two findings overlap or start at the same offset (most drafts with findings): then every
    /// finding is kept, in an order the final sort by position and rule settles, and no family need be looked up.
    static func areDisjoint(_ findings: [Finding]) -> Bool {
        let spans = findings.map(\.span).sorted { $0.lowerBound < $1.lowerBound }
        var end = spans[0].upperBound
        for (previous, span) in zip(spans, spans.dropFirst()) {
            guard span.lowerBound > previous.lowerBound, span.lowerBound >= end else { return false }
            end = max(end, span.upperBound)
        }
        return true
    }

    private func inScope(_ finding: Finding, _ info: RuleInfo, _ document: Document) -> Bool {
        let lineScope = document.scopes.lineScope(at: document.lineIndex(of: finding.span.lowerBound))
        guard lineScope != .quoted, info.scopes.contains(lineScope) else { return false }
        return document.inlineScopes(overlapping: finding.span).isSubset(of: info.inside)
    }

    private func ignoredSpans(in document: Document) -> [Range<Int>] {
        guard !settings.ignoredTerms.isEmpty else { return [] }
        let folded = document.text.lowercased()
        guard folded.utf16.count == document.utf16.count else { return [] }
        let units = Array(folded.utf16)
        return settings.ignoredTerms.flatMap { units.ranges(of: Array($0.lowercased().utf16)) }
    }

    private func ruleFailure(_ info: RuleInfo, _ error: LintError, _ context: LintContext) -> Finding {
        var finding = context.finding(info, 0..<0, message: "The rule could not run on this text: \(error.description)")
        finding.severity = .error
        finding.confidence = .high
        return finding
    }

    private func position(_ finding: Finding, _ document: Document) -> Finding {
        var finding = finding
        (finding.line, finding.column) = document.position(of: finding.span.lowerBound)
        (finding.endLine, finding.endColumn) = document.position(of: finding.span.upperBound)
        return finding
    }
}
