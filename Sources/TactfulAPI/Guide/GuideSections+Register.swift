import TactfulLint

extension GuideSections {
    /// The register each channel expects and its markers (the `register` rules), then the messages of the
    /// market's other formality rules (greetings, honorifics), each with the rule's source.
    func register(_ rules: RuleSet) -> GuideSection {
        let norms = rules.registerNorms(uiLanguage: ui)
        var lines: [GuideLine] = []
        for norm in norms {
            let byChannel = norm.norms.map { "\($0.channel): \(GuideWords(rawValue: $0.register)?(ui) ?? $0.register)" }
            lines.append(
                GuideLine(
                    label: GuideWords.norm(ui), text: byChannel.joined(separator: " · ") + " — " + norm.message,
                    source: norm.source, id: norm.rule))
            lines.append(
                GuideLine(
                    label: GuideWords.markers(ui),
                    text: "\(GuideWords.formal(ui)): \(list(norm.formalMarkers)) — "
                        + "\(GuideWords.informal(ui)): \(list(norm.informalMarkers))",
                    source: norm.source, id: norm.rule))
        }
        let registerRules = Set(norms.map(\.rule))
        for info in rules.ruleInfos where info.category == .formality && !registerRules.contains(info.id) {
            lines.append(GuideLine(label: info.id, text: info.message(in: ui), source: info.source, id: info.id))
        }
        return section(.register, lines, empty: .noRegister)
    }
}
