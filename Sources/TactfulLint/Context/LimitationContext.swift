/// Judges a limitation (`context: limitation` in a rule) the way the seeds recommend: with, in its sentence or the next
/// two, what the agent will do or what the customer can do instead, or about a third party
/// (the courier, customs, the bank), it is explaining, not refusing, and is only `info`. A bare refusal keeps its
/// severity.
struct LimitationContext: Sendable {
    let cues: LanguageCues

    /// `finding` downgraded to `info` when its context offers a way forward or names a third party.
    func judged(_ finding: Finding, in document: Document, uiLanguage: UILanguage) -> Finding {
        guard finding.severity > .info, let reason = reason(for: finding.span, in: document) else { return finding }
        var finding = finding
        finding.severity = .info
        finding.message += uiLanguage == .zhHans
            ? (reason == .wayForward ? "（后文已给出替代方案，可以发送；把方案放在前面效果更好。）" : "（这里说明的是第三方的限制，不是拒绝客户。）")
            : (reason == .wayForward
                ? " (A way forward follows, so this can be sent; leading with it reads better.)"
                : " (This explains a third party's limit rather than refusing the customer.)")
        return finding
    }

    enum Reason { case wayForward, thirdParty }

    /// Why the limitation at `span` reads fine, if it does: a third party named in it or after it in its sentence,
    /// or a way forward in its sentence or the next two.
    func reason(for span: Range<Int>, in document: Document) -> Reason? {
        let units = document.utf16
        let sentence = SentenceWindow.sentence(around: span, in: units)
        let rest = document.string(span.lowerBound..<sentence.upperBound)
        if cues.thirdParties.occurs(in: rest) { return .thirdParty }
        var window = document.string(sentence.lowerBound..<span.lowerBound) + " "
            + document.string(span.upperBound..<sentence.upperBound)
        var end = sentence.upperBound
        for _ in 0..<2 {
            guard let following = SentenceWindow.sentence(after: end, in: units) else { break }
            window += " " + document.string(following)
            end = following.upperBound
        }
        return cues.alternatives.occurs(in: window) ? .wayForward : nil
    }
}
