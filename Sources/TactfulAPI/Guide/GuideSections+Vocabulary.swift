import TactfulLint

extension GuideSections {
    /// "Write X, not Y": the first pairs of the market's vocabulary rules (inline pairs and the rows of
    /// `Glossaries/vocabulary/*.csv` they read), with the number left out.
    func vocabulary(_ rules: RuleSet) -> GuideSection {
        let pairs = rules.vocabularyPairs
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
}
