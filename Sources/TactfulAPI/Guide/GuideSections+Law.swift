import TactfulLint

extension GuideSections {
    /// The market's consumer-law minimums (`Glossaries/law/<market>.yml`): the withdrawal period, the refund
    /// deadline, the legal guarantee, the refund means and what else a reply may not exclude, each with its statute.
    func law() -> GuideSection {
        guard let law = LawMinimums.builtIn(market: market.tag, uiLanguage: ui) else {
            return section(.law, [], empty: .noLaw)
        }
        var lines: [GuideLine] = []
        for (label, period) in [
            (GuideWords.withdrawal, law.withdrawal), (.refundDeadline, law.refundDeadline),
            (.guarantee, law.guarantee),
        ] {
            guard let period else { continue }
            lines.append(GuideLine(label: label(ui), text: describe(period), source: period.source))
        }
        for exclusion in law.unlawful {
            let label = exclusion.id == "store-credit-only" ? GuideWords.refundMeans : .mayNotExclude
            lines.append(
                GuideLine(label: label(ui), text: exclusion.requirement, source: exclusion.source, id: exclusion.id))
        }
        return section(.law, lines, empty: .noLaw)
    }

    private func describe(_ period: LawMinimums.Period) -> String {
        guard let value = period.value else { return GuideWords.noPeriod(ui) }
        let unit: GuideWords = period.unit == "months" ? .months : period.businessDays ? .businessDays : .days
        let amount = "\(value) \(unit(ui))"
        return period.isFloor ? amount : "\(amount) (\(GuideWords.notFloor(ui)))"
    }
}
