/// `kind: register` — the formality a market expects of customer service (Sie, vous, です・ます, 합니다체),
/// judged against the market's norm for the channel, never against the majority of the text.
///
/// Markers of the wrong register are findings of the rule's category (`formality`); when the text also holds
/// markers of the expected register, they are `register-mix` findings instead ("Sie" with "du").
///
/// ```yaml
/// norm: formal                         # or per channel: {email: formal, chat: formal, social: informal}
/// formal: [Sie, Ihnen, Ihr, Ihre]      # markers of the formal register
/// informal: [du, dich, dir, dein]      # markers of the informal register
/// formal-case-sensitive: true          # "sie" (she/they) is not formal evidence
/// formal-ambiguous-sentence-initial: true   # sentence-initial "Sie"/"Ihr" proves nothing
/// position: sentence-end               # markers count only at the end of a sentence (Japanese, Korean)
/// rewrites: {du: Sie, dich: Sie}       # optional unsafe suggestions for informal markers
/// ```
struct RegisterRule: RuleKind {
    enum Register: String, CaseIterable { case formal, informal }

    let info: RuleInfo
    let formal: [String]
    let informal: [String]
    let norms: [Channel: Register]
    let defaultNorm: Register
    let formalCaseSensitive: Bool
    let formalAmbiguousInitially: Bool
    let sentenceEnd: Bool
    let rewrites: [String: String]

    var literals: [Literal] { (formal + informal).map { Literal($0, wholeWord: !sentenceEnd) } }

    init(info: RuleInfo, map: YAMLMap) throws(PackError) {
        self.info = info
        formal = try map.strings("formal")
        informal = try map.strings("informal")
        guard !formal.isEmpty, !informal.isEmpty else {
            throw map.error(map.node, "a register rule needs 'formal' and 'informal' markers")
        }
        var norms: [Channel: Register] = [:]
        var defaultNorm = Register.formal
        if let node = map.node("norm"), node.mapping != nil, let perChannel = try map.map("norm") {
            for (key, value) in perChannel.entries {
                guard let channel = Channel(rawValue: key), let register = value.string.flatMap(Register.init) else {
                    throw map.error(value, "norm maps channels (email, chat, sms, social) to formal or informal")
                }
                norms[channel] = register
            }
        } else if let single = try map.choice("norm", Register.self) {
            defaultNorm = single
        }
        self.norms = norms
        self.defaultNorm = defaultNorm
        formalCaseSensitive = try map.bool("formal-case-sensitive") ?? false
        formalAmbiguousInitially = try map.bool("formal-ambiguous-sentence-initial") ?? false
        switch try map.optionalString("position") ?? "anywhere" {
        case "anywhere": sentenceEnd = false
        case "sentence-end": sentenceEnd = true
        case let other: throw map.error(map.node, "position '\(other)' is not anywhere or sentence-end")
        }
        var rewrites: [String: String] = [:]
        if let table = try map.map("rewrites") {
            for (key, value) in table.entries { rewrites[key.lowercased()] = value.string ?? "" }
        }
        self.rewrites = rewrites
    }

    func findings(in context: LintContext, hits: [LiteralHit]) -> [Finding] {
        let norm = norms[context.channel] ?? defaultNorm
        let document = context.document
        let evidence = hits.filter { hit in
            guard !sentenceEnd || SentenceEnd.isAtEnd(hit.range.upperBound, in: document) else { return false }
            return isMarker(hit, of: .formal, in: document) || isMarker(hit, of: .informal, in: document)
        }
        let wrong: Register = norm == .formal ? .informal : .formal
        let hasNormEvidence = evidence.contains { isMarker($0, of: norm, in: document) }
        return evidence.filter { isMarker($0, of: wrong, in: document) }.map { hit in
            let text = document.string(hit.range)
            let fixes = rewrites[text.lowercased()].map {
                [Fix(replacement: Casing.match($0, like: text), description: "Use the \(norm.rawValue) form “\($0)”", safe: false)]
            } ?? []
            var finding = context.finding(info, hit.range, fixes: fixes)
            if hasNormEvidence {
                finding.category = .registerMix
                finding.message = context.uiLanguage == .zhHans
                    ? "同一封回复中混用了\(norm == .formal ? "正式" : "非正式")与\(norm == .formal ? "非正式" : "正式")语体；请统一为该市场客服惯用的\(norm == .formal ? "正式" : "非正式")语体。"
                    : "This reply mixes the \(norm.rawValue) and \(wrong.rawValue) register; keep to the \(norm.rawValue) register customers in this market expect."
            }
            return finding
        }
    }

    private func isMarker(_ hit: LiteralHit, of register: Register, in document: Document) -> Bool {
        switch register {
        case .formal:
            guard hit.literal < formal.count else { return false }
            if formalCaseSensitive, document.string(hit.range) != formal[hit.literal] { return false }
            if formalAmbiguousInitially, document.isSentenceInitial(hit.range.lowerBound) { return false }
            return true
        case .informal:
            return hit.literal >= formal.count
        }
    }
}

/// Where a sentence ends: before 。！？.!?… (optionally after closing quotes, brackets or emoji) or at a line end.
enum SentenceEnd {
    static func isAtEnd(_ offset: Int, in document: Document) -> Bool {
        var index = offset
        let units = document.utf16
        while index < units.count {
            let unit = units[index]
            if [0x3002, 0xFF01, 0xFF1F, 0x2E, 0x21, 0x3F, 0x2026, 0xFF0E, 0x0A, 0x0D].contains(unit) { return true }
            if [0x20, 0x09, 0x3000, 0x300D, 0x300F, 0xFF09, 0x29, 0x22, 0x27, 0x2019, 0x201D, 0x7E, 0x301C, 0xFF5E]
                .contains(unit) || (0xD800...0xDFFF).contains(unit) || (0x2600...0x27BF).contains(unit)
            {
                index += 1
                continue
            }
            return false
        }
        return true
    }
}
