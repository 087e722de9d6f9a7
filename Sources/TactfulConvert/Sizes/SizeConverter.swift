import Foundation

/// Answers size questions from a category's charts: size to size, and body measurement to size.
///
/// Every chart is consulted on its own; the answer keeps every value the charts give, says where they
/// disagree, and names the chart(s) used.
public struct SizeConverter: Sendable {
    /// The category's charts (built in, or a store's chart).
    public let table: SizeTable

    /// A converter over `table`.
    public init(table: SizeTable) { self.table = table }

    /// The sizes equivalent to `size` in system `from`, in the systems `to` (all others when nil).
    public func convert(size: String, from: String, to: [String]? = nil) throws(ConvertError) -> SizeAnswer {
        if table.cups != nil { return try convertBandAndCup(size, from: from, to: to) }
        if let lengths = table.lengths { return try convertWithLength(size, from: from, to: to, lengths: lengths) }
        let source = try system(from)
        let targets =
            try to.map { list throws(ConvertError) in try list.map(system) }
            ?? defaultSystems.filter { $0 != source }
        var answers: [SizeAnswer.ChartAnswer] = []
        var notes: [String] = []
        for chart in table.charts {
            let candidates = chart.rows.indices.filter { chart.rows[$0].sizes[source] != nil }
            var matched = candidates.filter { index in
                (chart.rows[index].sizes[source] ?? []).contains { SizeValue.same($0, size) }
            }
            if matched.isEmpty, let nearest = nearest(size, in: chart, system: source, among: candidates) {
                matched = nearest
                let shown = matched.compactMap { chart.rows[$0].sizes[source]?.first }.joined(separator: " / ")
                notes.append("\(source) \(size) is not in \(chart.id); nearest: \(source) \(shown).")
            }
            guard !matched.isEmpty else { continue }
            answers.append(answer(chart, rows: matched, systems: targets, neighbourSystems: [source] + targets))
        }
        guard !answers.isEmpty else {
            let known = table.charts.first?.rows.compactMap { $0.sizes[source]?.first } ?? []
            throw .unknown(what: "\(source) size in \(table.category)", name: size, known: known)
        }
        let from = SizeAnswer.SystemSize(system: source, size: size, charts: [])
        return assemble(answers, from: from, measured: nil, notes: notes)
    }

    /// The sizes whose charted measurement range holds `measured` (a foot length, a chest girth…); `units`
    /// formats the measurement for the reader's market. Bras take two measurements: see ``recommend(measure:to:units:)``.
    public func recommend(for measured: WrittenQuantity, to: [String]? = nil, units: QuantityConverter)
        throws(ConvertError) -> SizeAnswer
    {
        guard table.cups == nil else {
            throw .incompatible(
                "\(table.category) sizes need two measurements, the underbust and the bust: e.g. 74cm,88cm")
        }
        let (value, unit) = try measuredValue(measured)
        let (answers, notes) = try fitting(value, to: to)
        let conversion = try? units.convert(measured, to: UnitTarget(unit))
        let text = (try? units.localize(measured))?.formatted
        return assemble(answers, from: nil, measured: conversion, measuredText: text, notes: notes)
    }

    /// Recommends sizes from a measurement as written: one (`26.5cm`), or for bras two separated by a comma, the
    /// underbust and the bust (`74cm,88cm`; `74,5cm,88cm` reads as 74.5 and 88).
    public func recommend(measure written: String, to: [String]? = nil, units: QuantityConverter)
        throws(ConvertError) -> SizeAnswer
    {
        guard table.cups != nil else { return try recommend(for: QuantityParser.parse(written), to: to, units: units) }
        let commas = written.indices.filter { written[$0] == "," }
        for comma in commas {
            guard let underbust = try? QuantityParser.parse(String(written[..<comma])),
                let bust = try? QuantityParser.parse(String(written[written.index(after: comma)...]))
            else { continue }
            return try recommendBandAndCup(underbust: underbust, bust: bust, to: to, units: units)
        }
        throw .unparsable(written, hint: "give the underbust and the bust, e.g. '74cm,88cm'")
    }

    /// A measurement as a number in the table's measure unit, and that unit.
    func measuredValue(_ measured: WrittenQuantity) throws(ConvertError) -> (Double, MeasureUnit) {
        guard let measure = table.measure, let unit = UnitCatalog.unit(named: measure.unit) else {
            throw .incompatible("the \(table.category) charts have no body measurement to match")
        }
        guard let value = measured.quantity.converted(to: unit)?.doubleValue() else {
            throw .incompatible("\(measure.name) is a length; '\(measured.quantity)' is not")
        }
        return (value, unit)
    }

    /// Every chart's answer for a measurement `value` in the table's unit, and notes for charts it falls outside.
    func fitting(_ value: Double, to: [String]?) throws(ConvertError) -> ([SizeAnswer.ChartAnswer], [String]) {
        guard let measure = table.measure else {
            throw .incompatible("the \(table.category) charts have no body measurement to match")
        }
        let targets = try to.map { list throws(ConvertError) in try list.map(system) } ?? defaultSystems
        var answers: [SizeAnswer.ChartAnswer] = []
        var notes: [String] = []
        for chart in table.charts {
            let ranged = chart.rows.indices.compactMap { index in chart.rows[index].measure.map { (index, $0) } }
            guard let first = ranged.first, let last = ranged.last else { continue }
            if let (row, _) = ranged.first(where: { $0.1.lowerBound < value && value <= $0.1.upperBound }) {
                answers.append(answer(chart, rows: [row], systems: targets, neighbourSystems: targets))
            } else if value <= first.1.lowerBound {
                notes.append("\(measure.name) is below the smallest size of \(chart.id); its smallest is shown.")
                answers.append(answer(chart, rows: [first.0], systems: targets, neighbourSystems: targets))
            } else {
                notes.append(
                    "\(measure.name) is above the largest size of \(chart.id) "
                        + "(up to \(last.1.upperBound) \(measure.unit))."
                )
            }
        }
        guard !answers.isEmpty else {
            let reason =
                notes.isEmpty ? "no \(table.category) chart gives \(measure.name) ranges" : notes.joined(separator: " ")
            throw .incompatible(reason)
        }
        return (answers, notes)
    }

    /// The systems answered in when none are asked for: every system with a column of its own (`DE`, which reads
    /// the `EU` column, only when asked for by name).
    var defaultSystems: [String] { table.systems.filter { $0.sameAs == nil }.map(\.id) }

    /// Resolves a system name case-insensitively (`eu` → `EU`).
    public func system(_ name: String) throws(ConvertError) -> String {
        guard let found = table.systems.first(where: { $0.id.lowercased() == name.lowercased() }) else {
            if let why = table.notLabelledIn[name.uppercased()] {
                throw .incompatible("\(table.category) are not labelled in \(name.uppercased()) sizes: \(why)")
            }
            throw .unknown(what: "size system for \(table.category)", name: name, known: table.systems.map(\.id))
        }
        return found.id
    }

    private func nearest(_ size: String, in chart: SizeChart, system: String, among rows: [Int]) -> [Int]? {
        guard let wanted = SizeValue.number(size) else { return nil }
        let distances = rows.compactMap { row in
            chart.rows[row].sizes[system]?.compactMap(SizeValue.number).map { abs($0 - wanted) }.min().map { (row, $0) }
        }
        guard let best = distances.map(\.1).min(), best <= 1 else { return nil }
        return distances.filter { abs($0.1 - best) < 0.001 }.map(\.0)
    }

    private func answer(_ chart: SizeChart, rows: [Int], systems: [String], neighbourSystems: [String])
        -> SizeAnswer.ChartAnswer
    {
        func sizes(_ indices: [Int], _ systems: [String]) -> [SizeAnswer.SystemSize] {
            systems.flatMap { system in
                indices.flatMap { chart.rows[$0].sizes[system] ?? [] }.reduce(into: [String]()) { list, size in
                    if !list.contains(where: { SizeValue.same($0, size) }) { list.append(size) }
                }.map { SizeAnswer.SystemSize(system: system, size: $0, charts: [chart.id]) }
            }
        }
        let down = rows.min().map { $0 - 1 }.flatMap { $0 >= 0 ? [$0] : nil } ?? []
        let up = rows.max().map { $0 + 1 }.flatMap { $0 < chart.rows.count ? [$0] : nil } ?? []
        let ranges = rows.compactMap { chart.rows[$0].measure }
        var measure: SizeAnswer.MeasureRange?
        if let spec = table.measure, let low = ranges.map(\.lowerBound).min(), let high = ranges.map(\.upperBound).max()
        {
            measure = SizeAnswer.MeasureRange(name: spec.name, unit: spec.unit, min: low, max: high)
        }
        let reference = SizeAnswer.ChartReference(
            id: chart.id, title: chart.title, source: chart.source, checked: chart.checked)
        return SizeAnswer.ChartAnswer(
            chart: reference, to: sizes(rows, systems),
            neighbours: SizeAnswer.Neighbours(down: sizes(down, neighbourSystems), up: sizes(up, neighbourSystems)),
            measure: measure)
    }
}
