import TactfulStances

/// Judges a limitation (`context: limitation` in a rule) the way the seeds recommend: with, in its sentence or the next
/// two, what the agent will do or what the customer can do instead, or about a third party
/// (the courier, customs, the bank), it is explaining, not refusing, and is only `info`. A bare refusal keeps its
/// severity.
struct LimitationContext {
    let document: Document
    /// The draft's context cues, found by the market's automaton in its one pass.
    let cues: [ContextCue]

    /// `finding` downgraded to `info` when its context offers a way forward or names a third party (of the
    /// `accepted` reasons: "nothing can be done, the courier is overloaded" is not excused by the courier).
    func judged(
        _ finding: Finding, uiLanguage: UILanguage, accepting accepted: Set<Reason> = [.wayForward, .thirdParty]
    ) -> Finding {
        guard finding.severity > .info, let reason = reason(for: finding.span, accepting: accepted) else {
            return finding
        }
        var finding = finding
        finding.severity = .info
        finding.message +=
            uiLanguage == .zhHans
            ? (reason == .wayForward ? "（后文已给出替代方案，可以发送；把方案放在前面效果更好。）" : "（这里说明的是第三方的限制，不是拒绝客户。）")
            : (reason == .wayForward
                ? " (A way forward follows, so this can be sent; leading with it reads better.)"
                : " (This explains a third party's limit rather than refusing the customer.)")
        return finding
    }

    /// What may make a limitation read fine: `way-forward` and `third-party` in the stances' `softened-by:`.
    typealias Reason = LimitationReason

    /// Why the limitation at `span` reads fine, if it does (of the `accepted` reasons): a third party named in it or
    /// after it in its sentence, or a way forward in its sentence or the next two.
    func reason(for span: Range<Int>, accepting accepted: Set<Reason> = [.wayForward, .thirdParty]) -> Reason? {
        let units = document.utf16
        let sentence = SentenceWindow.sentence(around: span, in: units)
        var end = sentence.upperBound
        for _ in 0..<2 {
            guard let following = SentenceWindow.sentence(after: end, in: units) else { break }
            end = following.upperBound
        }
        let rest = span.lowerBound..<sentence.upperBound, window = sentence.lowerBound..<end
        if accepted.contains(.thirdParty), cues.contains(where: { $0.isThirdParty && $0.lies(in: rest) }) {
            return .thirdParty
        }
        guard accepted.contains(.wayForward) else { return nil }
        // The sign-off offers nothing: "よろしくお願いいたします" holds the humble "I will" of a promise.
        let wayForward = cues.contains { cue in
            !cue.isThirdParty && cue.lies(in: window) && !cue.range.overlaps(span)
                && !introduces(cue.range, span, in: units)
                && document.scopes.lineScope(at: document.lineIndex(of: cue.range.lowerBound)) != .signoff
        }
        return wayForward ? .wayForward : nil
    }

    /// True when the cue ends just before the limitation, with at most a comma and a space between: a connector that
    /// introduces the limitation itself ("Par contre nous ne remboursons pas", "However we can't") offers nothing.
    private func introduces(_ cue: Range<Int>, _ span: Range<Int>, in units: [UInt16]) -> Bool {
        guard cue.upperBound <= span.lowerBound, span.lowerBound - cue.upperBound <= 2 else { return false }
        return units[cue.upperBound..<span.lowerBound].allSatisfy { $0 == 0x20 || $0 == 0x2C || $0 == 0xFF0C }
    }

    /// True when the sentence of `span` names a third party outside the span itself ("the delay is the courier's
    /// fault, not our responsibility"): pinning the limit on them is the point of the sentence.
    func namesThirdParty(besides span: Range<Int>) -> Bool {
        let sentence = SentenceWindow.sentence(around: span, in: document.utf16)
        return cues.contains { $0.isThirdParty && $0.lies(in: sentence) && !$0.range.overlaps(span) }
    }
}

extension ContextCue {
    /// True when the cue lies wholly within `range`.
    fileprivate func lies(in range: Range<Int>) -> Bool {
        range.contains(self.range.lowerBound) && self.range.upperBound <= range.upperBound
    }
}
