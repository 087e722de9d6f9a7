/// Keeps applied fixes from changing what a sentence says. A fix whose replacement holds fewer negations than the text
/// it replaces ("we can't refund" → "here's what we can do: refund") or more commitments ("you'll have to contact the
/// courier" → "I'll contact the courier") becomes a suggestion: a whole example sentence that leads with what the agent
/// can do and keeps the limit, shown to the agent and never applied by `--fix` or `--fix-unsafe`.
struct MeaningGuard: Sendable {
    let cues: LanguageCues

    /// Whether replacing `original` with `replacement` drops a negation or adds a commitment.
    func changesMeaning(of original: String, to replacement: String) -> Bool {
        cues.verdicts.verdict(Array(original.utf16) + [0] + Array(replacement.utf16)) {
            cues.negations.count(in: replacement) < cues.negations.count(in: original)
                || cues.commitments.count(in: replacement) > cues.commitments.count(in: original)
        }
    }

    /// `finding` with each fix that would change the meaning turned into a whole-sentence suggestion.
    func guarded(_ finding: Finding, in document: Document) -> Finding {
        let changes = finding.fixes.map { !$0.suggestion && changesMeaning(of: finding.match, to: $0.replacement) }
        guard changes.contains(true) else { return finding }
        var finding = finding
        let sentence = Self.sentence(around: finding.span, in: document)
        finding.fixes = zip(finding.fixes, changes).map { fix, changes in
            guard changes else { return fix }
            return Fix(
                replacement: Self.example(leading: fix.replacement, then: sentence),
                description: "Lead with what you can do (fill in “…”), then keep the limit as it is; not applied, "
                    + "because rewording “\(finding.match)” as “\(fix.replacement)” would change what the reply says",
                safe: false, suggestion: true)
        }
        return finding
    }

    /// The example sentence: the rewrite's lead, a gap for the offer, then the original sentence unchanged.
    static func example(leading lead: String, then sentence: String) -> String {
        var lead = Substring(lead)
        while lead.first == " " { lead = lead.dropFirst() }
        while lead.last == " " { lead = lead.dropLast() }
        guard let first = lead.first else { return sentence }
        return "\(first.isLowercase ? first.uppercased() : String(first))\(lead.dropFirst()) … \(sentence)"
    }

    /// The sentence holding `span`, without surrounding spaces.
    static func sentence(around span: Range<Int>, in document: Document) -> String {
        var range = SentenceWindow.sentence(around: span, in: document.utf16)
        let units = document.utf16
        while range.lowerBound < range.upperBound, [0x20, 0x09, 0x0A, 0x0D].contains(units[range.lowerBound]) {
            range = (range.lowerBound + 1)..<range.upperBound
        }
        while range.upperBound > range.lowerBound, [0x20, 0x09, 0x0A, 0x0D].contains(units[range.upperBound - 1]) {
            range = range.lowerBound..<(range.upperBound - 1)
        }
        return document.string(range)
    }
}
