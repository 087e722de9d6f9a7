/// Keeps applied fixes from changing what a sentence says. A fix whose replacement holds fewer negations than the text
/// it replaces ("we can't refund" → "here's what we can do: refund") or more commitments ("you'll have to contact the
/// courier" → "I'll contact the courier") becomes a suggestion: a whole example sentence that leads with what the agent
/// can do and keeps the limit, shown to the agent and never applied by `--fix` or `--fix-unsafe`.
struct MeaningGuard: Sendable {
    let cues: LanguageCues

    /// Whether replacing `original` with `replacement` drops a negation or adds a commitment.
    func changesMeaning(of original: String, to replacement: String) -> Bool {
        cues.verdicts.verdict(original + "\u{0}" + replacement) {
            cues.negations.count(in: replacement) < cues.negations.count(in: original)
                || cues.commitments.count(in: replacement) > cues.commitments.count(in: original)
        }
    }

    /// `finding` with each fix that would change the meaning turned into a whole-sentence suggestion.
    func guarded(_ finding: Finding, in document: Document) -> Finding {
        guard finding.fixes.contains(where: { !$0.suggestion && changesMeaning(of: finding.match, to: $0.replacement) })
        else { return finding }
        var finding = finding
        let sentence = Self.sentence(around: finding.span, in: document)
        finding.fixes = finding.fixes.map { fix in
            guard !fix.suggestion, changesMeaning(of: finding.match, to: fix.replacement) else { return fix }
            return Fix(replacement: Self.example(leading: fix.replacement, then: sentence),
                       description: "Lead with what you can do (fill in “…”), then keep the limit as it is; not applied, "
                           + "because rewording “\(finding.match)” as “\(fix.replacement)” would change what the reply says",
                       safe: false, suggestion: true)
        }
        return finding
    }

    /// The example sentence: the rewrite's lead, a gap for the offer, then the original sentence unchanged.
    static func example(leading lead: String, then sentence: String) -> String {
        let trimmed = lead.trimmingCharacters(in: .whitespaces)
        let capitalized = trimmed.prefix(1).uppercased() + trimmed.dropFirst()
        return "\(capitalized) … \(sentence)"
    }

    /// The sentence holding `span`, without surrounding spaces.
    static func sentence(around span: Range<Int>, in document: Document) -> String {
        document.string(SentenceWindow.sentence(around: span, in: document.utf16)).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
