import TactfulICU

/// `kind: language` — a paragraph of the reply written in another language than the market's (Spanish to a
/// Brazilian customer, English to a Japanese one), told by ``LanguageDetector``. Consecutive paragraphs in one
/// wrong language are one finding. A paragraph in English to a market of another language is advice (`info`): many
/// shops answer in English when they have no one who writes the customer's language; any other language is the
/// rule's severity. Chinese script (Simplified to Taiwan or Hong Kong) is the script rules' job, not this one's.
///
/// ```yaml
/// kind: language     # no keys of its own
/// ```
struct LanguageRule: RuleKind {
    let info: RuleInfo

    init(info: RuleInfo, map: YAMLMap) throws(PackError) {
        self.info = info
    }

    func findings(in context: LintContext, hits: [LiteralHit]) throws(LintError) -> [Finding] {
        let document = context.document
        let expected = context.market.language
        var findings: [Finding] = []
        var run: (range: Range<Int>, language: String)?
        func close() {
            guard let (range, language) = run else { return }
            findings.append(finding(range, language, context))
            run = nil
        }
        for paragraph in Self.bodyParagraphs(document) {
            guard let found = LanguageDetector.detect(document.string(paragraph), minimumWords: 8) else { continue }
            let language = String(found.language.prefix { $0 != "-" })
            guard language != expected, language != "und" else { close(); continue }
            if let current = run, current.language == language {
                run = (current.range.lowerBound..<paragraph.upperBound, language)
            } else {
                close()
                run = (paragraph, language)
            }
        }
        close()
        return findings
    }

    private func finding(_ range: Range<Int>, _ language: String, _ context: LintContext) -> Finding {
        let ui = (try? ICU.LocaleID(tag: context.uiLanguage == .zhHans ? "zh-Hans" : "en")) ?? .root
        let written = (try? ICU.LocaleID(tag: language))?.displayName(in: ui) ?? language
        let expected = (try? ICU.LocaleID(tag: context.market.language))?.displayName(in: ui) ?? context.market.language
        let message = context.uiLanguage == .zhHans
            ? "这段回复是\(written)，而该市场的客户使用\(expected)；请用客户的语言回复。"
            : "This part of the reply is in \(written); customers in this market read \(expected). Reply in their language."
        var finding = context.finding(info, range, message: message)
        if language == "en" { finding.severity = min(finding.severity, .info) }
        return finding
    }

    /// The body's paragraphs: runs of body lines (not greeting, sign-off or quoted text) between blank lines,
    /// without their line breaks.
    static func bodyParagraphs(_ document: Document) -> [Range<Int>] {
        var paragraphs: [Range<Int>] = []
        var current: Range<Int>?
        for line in 0..<document.lineStarts.count {
            let range = document.lineRange(line)
            let blank = document.string(range).allSatisfy(\.isWhitespace)
            if blank || document.scopes.lineScope(at: line) != .body {
                if let open = current { paragraphs.append(open) }
                current = nil
                continue
            }
            current = current.map { $0.lowerBound..<range.upperBound } ?? range
        }
        if let open = current { paragraphs.append(open) }
        return paragraphs
    }
}
