import TactfulLint

extension GuideSections {
    /// "Write X, not Y": the first pairs of the market's vocabulary rules (inline pairs and the rows of
    /// `Glossaries/vocabulary/*.csv` they read), taken from each rule in turn so that a long spelling table does not
    /// hide the everyday words, with the number left out.
    func vocabulary(_ rules: RuleSet) -> GuideSection {
        let pairs = Self.interleavedByRule(rules.vocabularyPairs)
        let lines = pairs.prefix(Self.vocabularyLimit).map { pair in
            let text =
                ui == .zhHans
                ? "\(GuideWords.write(ui))“\(pair.write)”，\(GuideWords.insteadOf(ui))“\(pair.insteadOf)”"
                : "\(GuideWords.write(ui)) “\(pair.write)”, \(GuideWords.insteadOf(ui)) “\(pair.insteadOf)”"
            return GuideLine(label: pair.write, text: text, source: pair.source, id: pair.rule)
        }
        let omitted = pairs.count - lines.count
        return section(.vocabulary, Array(lines), empty: .noVocabulary, omitted: omitted > 0 ? omitted : nil)
    }

    /// The first pair of every rule, then the second of every rule, and so on (rules in their order).
    static func interleavedByRule(_ pairs: [VocabularyPair]) -> [VocabularyPair] {
        var byRule: [[VocabularyPair]] = []
        var index: [String: Int] = [:]
        for pair in pairs {
            if let at = index[pair.rule] {
                byRule[at].append(pair)
            } else {
                index[pair.rule] = byRule.count
                byRule.append([pair])
            }
        }
        let longest = byRule.map(\.count).max() ?? 0
        return (0..<longest).flatMap { row in byRule.compactMap { row < $0.count ? $0[row] : nil } }
    }
}
