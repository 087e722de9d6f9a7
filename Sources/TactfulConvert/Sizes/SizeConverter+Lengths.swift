/// Sizes written with their length (suits: `40R`, `40L`, `38S`): the chest size is converted with the charts made
/// in that length, and the answer keeps the length — as a letter in the systems that write one (`UK 40L`), as the
/// length's own numbers in the others (German long sizes: `EU 98`). Which letters and charts exist is data:
/// the table's `lengths:` and each chart's `length:`.
extension SizeConverter {
    func convertWithLength(_ size: String, from: String, to: [String]?, lengths: SizeTable.Lengths)
        throws(ConvertError) -> SizeAnswer
    {
        let source = try system(from)
        let letters = [lengths.regular] + table.charts.compactMap(\.length)
        var bare = size.trimmingSpaces()
        var wanted: String? = nil  // nil: a system without length letters, whose numbers tell the length
        var written = false
        if lengths.systems.contains(source) {
            wanted = lengths.regular
            if let last = bare.last, letters.contains(String(last).uppercased()),
                SizeValue.number(String(bare.dropLast())) != nil
            {
                wanted = String(last).uppercased()
                bare = String(bare.dropLast()).trimmingSpaces()
                written = true
            } else if let last = bare.last, last.isLetter, SizeValue.number(String(bare.dropLast())) != nil {
                throw .unknown(what: "length of a \(table.category) size", name: String(last), known: letters)
            }
        }
        let charts = table.charts.filter { wanted == nil || ($0.length ?? lengths.regular) == wanted }
        let lengthOf = Dictionary(table.charts.map { ($0.id, $0.length ?? lengths.regular) }) { first, _ in first }
        let part = SizeTable(
            category: table.category, title: table.title, measure: table.measure, systems: table.systems,
            note: table.note, charts: charts, cups: nil)
        let answer = try SizeConverter(table: part).convert(size: bare, from: source, to: to)
        /// The size with its length letter, in a system that writes one, when the length was written or is not regular.
        func labelled(_ size: SizeAnswer.SystemSize) -> SizeAnswer.SystemSize {
            guard lengths.systems.contains(size.system), let chart = size.charts.first, let length = lengthOf[chart],
                written || length != lengths.regular
            else { return size }
            return .init(system: size.system, size: size.size + length, charts: size.charts)
        }
        func labelled(_ neighbours: SizeAnswer.Neighbours) -> SizeAnswer.Neighbours {
            .init(down: neighbours.down.map(labelled), up: neighbours.up.map(labelled))
        }
        let charted = answer.charts.map { chartAnswer in
            SizeAnswer.ChartAnswer(
                chart: chartAnswer.chart, to: chartAnswer.to.map(labelled),
                neighbours: labelled(chartAnswer.neighbours), measure: chartAnswer.measure)
        }
        let asked = SizeAnswer.SystemSize(system: source, size: written ? bare + (wanted ?? "") : size, charts: [])
        return SizeAnswer(
            category: answer.category, from: asked, measured: nil, measuredText: nil, to: answer.to.map(labelled),
            chart: answer.chart, charts: charted, neighbours: labelled(answer.neighbours), measure: answer.measure,
            note: answer.note, sentence: nil)
    }
}
