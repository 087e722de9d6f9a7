import TactfulConvert

/// Renders a size answer as text for a terminal: the answer first, then each chart, the note and the sentence.
enum SizeReport {
    static func text(_ answer: SizeAnswer) -> String {
        let measured = answer.cupMeasure != nil ? answer.measuredText : answer.measured?.formatted  // bras: both
        let asked = answer.from.map { "\($0.system) \($0.size)" } ?? measured ?? ""
        var lines = ["\(asked) → \(list(answer.to))   (\(answer.category))"]
        for chartAnswer in answer.charts {
            var line = "  \(chartAnswer.chart.id): \(list(chartAnswer.to))"
            if !chartAnswer.neighbours.down.isEmpty { line += " · down: \(list(chartAnswer.neighbours.down))" }
            if !chartAnswer.neighbours.up.isEmpty { line += " · up: \(list(chartAnswer.neighbours.up))" }
            if let measure = chartAnswer.measure {
                line += " · \(measure.name) \(number(measure.min))–\(number(measure.max)) \(symbol(measure.unit))"
            }
            lines.append(line)
        }
        lines.append("Chart: \(answer.chart.title) — \(answer.chart.source)")
        if !answer.note.isEmpty { lines.append("Note: \(answer.note)") }
        if let sentence = answer.sentence { lines.append("Reply: \(sentence)") }
        return lines.joined(separator: "\n")
    }

    private static func list(_ sizes: [SizeAnswer.SystemSize]) -> String {
        sizes.map { "\($0.system) \($0.size)" }.joined(separator: ", ")
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    private static func symbol(_ unit: String) -> String {
        ["centimeter": "cm", "millimeter": "mm", "inch": "in"][unit] ?? unit
    }
}
