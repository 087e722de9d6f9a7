extension SizeConverter {
    /// Merges the charts' answers: one entry per distinct value (naming the charts that give it), and a note that
    /// says where the charts disagree, which values are unverified, and what the measurements assume.
    func assemble(
        _ answers: [SizeAnswer.ChartAnswer], from: SizeAnswer.SystemSize?, measured: UnitConversion?,
        measuredText: String? = nil, notes: [String]
    ) -> SizeAnswer {
        var merged: [SizeAnswer.SystemSize] = []
        for size in answers.flatMap(\.to) {
            if let index = merged.firstIndex(where: { $0.system == size.system && SizeValue.same($0.size, size.size) })
            {
                let existing = merged[index]
                merged[index] = .init(
                    system: existing.system, size: existing.size, charts: existing.charts + size.charts)
            } else {
                merged.append(size)
            }
        }
        let order = table.systems.map(\.id)
        merged.sort { (order.firstIndex(of: $0.system) ?? .max) < (order.firstIndex(of: $1.system) ?? .max) }
        var lines = notes
        let disputed = Dictionary(grouping: merged, by: \.system).filter { $0.value.count > 1 && answers.count > 1 }
        for system in order where disputed[system] != nil {
            let values = disputed[system]!.map { "\(system) \($0.size) (\($0.charts.joined(separator: ", ")))" }
            lines.append("Charts disagree: \(values.joined(separator: " vs ")).")
        }
        let unverified = answers.filter { $0.chart.checked != nil }.map(\.chart.id)
        if !unverified.isEmpty {
            lines.append(
                "Not fully verified against the source: \(unverified.joined(separator: ", ")) (see 'checked').")
        }
        if !table.note.isEmpty { lines.append(table.note) }
        if let measure = table.measure, answers.contains(where: { $0.measure != nil }) {
            lines.append("\(measure.name.prefix(1).uppercased() + measure.name.dropFirst()): \(measure.ease).")
        }
        return SizeAnswer(
            category: table.category, from: from, measured: measured, measuredText: measuredText, to: merged,
            chart: answers[0].chart,
            charts: answers, neighbours: answers[0].neighbours, measure: answers[0].measure,
            note: lines.joined(separator: " "), sentence: nil)
    }
}
