/// `kind: register` — the formality a market expects of customer service (Sie, vous, です・ます, 합니다체),
/// judged against the market's norm for the channel, never against the majority of the text.
///
/// Markers of the wrong register are findings of the rule's category (`formality`); when the text also holds
/// markers of the expected register, they are `register-mix` findings instead ("Sie" with "du"). A channel whose
/// norm is `either` accepts both registers: the reply's first marker sets its register, and only markers of the
/// other register are reported, as `register-mix`.
///
/// ```yaml
/// norm: formal                         # or per channel: {email: formal, chat: formal, social: either}
/// formal: [Sie, Ihnen, Ihr, Ihre]      # markers of the formal register
/// informal: [du, dich, dir, dein]      # markers of the informal register
/// formal-case-sensitive: true          # "sie" (she/they) is not formal evidence
/// formal-ambiguous-sentence-initial: true   # sentence-initial "Sie"/"Ihr" proves nothing (one-word markers only)
/// position: sentence-end               # markers count only at the end of a sentence (Japanese, Korean)
/// rewrites: {du: Sie, dich: Sie}       # optional unsafe suggestions for informal markers
/// register-names: {formal: {en: male, zh-Hans: 男性}, informal: {en: female, zh-Hans: 女性}}
///                                      # optional: what the two marker sets are, where they are not formality
///                                      # (Thai ครับ and ค่ะ: the writer's gender), for the register-mix message
/// ```
struct RegisterRule: RuleKind {
    enum Register: String, CaseIterable { case formal, informal }
    /// What a channel expects: one register, or `either` (consistency only).
    enum Norm: String, CaseIterable { case formal, informal, either }

    let info: RuleInfo
    let formal: [String]
    let informal: [String]
    let norms: [Channel: Norm]
    let defaultNorm: Norm
    let formalCaseSensitive: Bool
    let formalAmbiguousInitially: Bool
    let sentenceEnd: Bool
    let rewrites: [String: String]
    /// The registers' names in messages, by UI language ("en", "zh-Hans"); the defaults are formal and informal.
    let registerNames: [Register: [String: String]]

    var literals: [Literal] { (formal + informal).map { Literal($0, wholeWord: !sentenceEnd) } }

    init(info: RuleInfo, map: YAMLMap) throws(PackError) {
        self.info = info
        formal = try map.strings("formal")
        informal = try map.strings("informal")
        guard !formal.isEmpty, !informal.isEmpty else {
            throw map.error(map.node, "a register rule needs 'formal' and 'informal' markers")
        }
        var norms: [Channel: Norm] = [:]
        var defaultNorm = Norm.formal
        if let node = map.node("norm"), node.mapping != nil, let perChannel = try map.map("norm") {
            for (key, value) in perChannel.entries {
                guard let channel = Channel(rawValue: key), let norm = value.string.flatMap(Norm.init) else {
                    throw map.error(
                        value, "norm maps channels (email, chat, sms, social) to formal, informal or either")
                }
                norms[channel] = norm
            }
        } else if let single = try map.choice("norm", Norm.self) {
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
        var names: [Register: [String: String]] = [:]
        if let table = try map.map("register-names") {
            for register in Register.allCases {
                guard let byLanguage = try table.map(register.rawValue) else { continue }
                var entries: [String: String] = [:]
                for (language, value) in byLanguage.entries { entries[language] = value.string ?? "" }
                names[register] = entries
            }
        }
        registerNames = names
    }

    func findings(in context: LintContext, hits: [LiteralHit]) -> [Finding] {
        let document = context.document
        var evidence = hits.filter { hit in
            guard !sentenceEnd || SentenceEnd.isAtEnd(hit.range.upperBound, in: document) else { return false }
            return isMarker(hit, of: .formal, in: document) || isMarker(hit, of: .informal, in: document)
        }
        if sentenceEnd { evidence = Self.longestEndings(evidence) }
        let norm: Register
        let channelNorm = norms[context.channel] ?? defaultNorm
        switch channelNorm {
        case .formal: norm = .formal
        case .informal: norm = .informal
        case .either:
            // The register the reply opens with is the one it should keep.
            guard let first = evidence.min(by: { $0.range.lowerBound < $1.range.lowerBound }) else { return [] }
            norm = isMarker(first, of: .formal, in: document) ? .formal : .informal
        }
        let wrong: Register = norm == .formal ? .informal : .formal
        let normEvidence = evidence.filter { isMarker($0, of: norm, in: document) }
        let markers = evidence.filter { isMarker($0, of: wrong, in: document) }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
            .map { hit in
                let text = document.string(hit.range)
                let fixes =
                    rewrites[text.lowercased()].map {
                        [
                            Fix(
                                replacement: Casing.match($0, like: text),
                                description: "Use the \(norm.rawValue) form “\($0)”", safe: false)
                        ]
                    } ?? []
                return context.finding(info, hit.range, fixes: fixes)
            }
        // The markers of one paragraph are one finding: the agent rewrites the paragraph's register once.
        var runs = FindingRuns.merge(markers, in: document) { gap in !gap.contains("\n\n") && !gap.contains("\r\n\r\n")
        }
        // Both registers in one reply: the first switch is one register-mix finding, a warning whatever the rule's
        // own severity (a brand may choose either register, never both), naming the two registers by their words.
        // The later runs stay formality findings with their rewrites.
        if let firstNorm = normEvidence.min(by: { $0.range.lowerBound < $1.range.lowerBound }), !runs.isEmpty {
            var mix = runs[0]
            mix.category = .registerMix
            mix.severity = max(mix.severity, .warning)
            let chinese = context.uiLanguage == .zhHans
            mix.message = Self.mixMessage(
                norm, wrong, either: channelNorm == .either, zh: chinese, names: registerNames,
                normWord: document.string(firstNorm.range), wrongWord: document.string(markers[0].span))
            runs[0] = mix
        }
        return runs
    }

    /// The `register-mix` message: against the market's norm, or (norm `either`) against the register the reply
    /// opened with; each register named by a word of the reply.
    private static func mixMessage(
        _ norm: Register, _ wrong: Register, either: Bool, zh: Bool, names: [Register: [String: String]],
        normWord: String, wrongWord: String
    ) -> String {
        func chinese(_ register: Register) -> String {
            names[register]?["zh-Hans"] ?? (register == .formal ? "正式" : "非正式")
        }
        func english(_ register: Register) -> String { names[register]?["en"] ?? register.rawValue }
        let (expected, other) = (chinese(norm), chinese(wrong))
        switch (either, zh) {
        case (false, true):
            return "同一封回复中混用了\(expected)（“\(normWord)”）与\(other)（“\(wrongWord)”）语体；请统一为该市场客服惯用的\(expected)语体。"
        case (false, false):
            return
                "This reply mixes the \(english(norm)) register (“\(normWord)”) and the \(english(wrong)) one (“\(wrongWord)”); "
                + "keep to the \(english(norm)) register customers in this market expect."
        case (true, true):
            return "这封回复以\(expected)语体（“\(normWord)”）开头，随后又改用\(other)语体（“\(wrongWord)”）；两种语体都可以，但请保持一致。"
        case (true, false):
            return
                "This reply opens in the \(english(norm)) register (“\(normWord)”) and then switches to the \(english(wrong)) one "
                + "(“\(wrongWord)”); either is fine here, but keep to one."
        }
    }

    /// Of the sentence endings that end at one place, the longest: "ますよ" (polite) is not also "すよ" (a plain verb
    /// with よ), nor "でしょうね" "うね".
    private static func longestEndings(_ hits: [LiteralHit]) -> [LiteralHit] {
        var longest: [Int: LiteralHit] = [:]
        for hit in hits {
            if let known = longest[hit.range.upperBound], known.range.count >= hit.range.count { continue }
            longest[hit.range.upperBound] = hit
        }
        return hits.filter { longest[$0.range.upperBound]?.range == $0.range }
    }

    private func isMarker(_ hit: LiteralHit, of register: Register, in document: Document) -> Bool {
        switch register {
        case .formal:
            guard hit.literal < formal.count else { return false }
            if formalCaseSensitive, document.string(hit.range) != formal[hit.literal] { return false }
            // A one-word marker opening a sentence may be another word ("Sie" = they); a salutation is not.
            if formalAmbiguousInitially, !formal[hit.literal].contains(" "),
                document.isSentenceInitial(hit.range.lowerBound)
            {
                return false
            }
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
