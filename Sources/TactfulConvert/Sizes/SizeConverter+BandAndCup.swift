import Foundation

/// Sizes made of a band and a cup (bras: `75B`, `34DD`): the band is converted with the table's band charts, the
/// cup with its cup charts, each on its own, and every band is written with every cup of the same system.
extension SizeConverter {
    /// `75B` → (`75`, `B`); `34 DD/E` → (`34`, `DD`); nil when the text is not digits followed by letters.
    static func bandAndCup(_ size: String) -> (band: String, cup: String)? {
        let text = size.trimmingSpaces().uppercased()
        guard let split = text.firstIndex(where: \.isLetter) else { return nil }
        let band = String(text[..<split]).trimmingSpaces()
        let cup = String(text[split...].prefix { $0 != "/" }).trimmingSpaces()
        guard !band.isEmpty, band.allSatisfy({ $0.isASCII && $0.isNumber }),
            cup.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        return (band, cup)
    }

    func convertBandAndCup(_ size: String, from: String, to: [String]?) throws(ConvertError) -> SizeAnswer {
        guard let cupTable = table.cupTable, let (band, cup) = Self.bandAndCup(size) else {
            throw .unparsable(size, hint: "a \(table.category) size is a band and a cup, e.g. '75B' or '34DD'")
        }
        let bands = try SizeConverter(table: table.bands).convert(size: band, from: from, to: to)
        let cups = try SizeConverter(table: cupTable).convert(size: cup, from: from, to: to)
        let source = try system(from)
        return combine(
            bands, cups, from: .init(system: source, size: band + cup, charts: []), givenBand: band,
            measured: nil, measuredText: nil)
    }

    func recommendBandAndCup(underbust: WrittenQuantity, bust: WrittenQuantity, to: [String]?, units: QuantityConverter)
        throws(ConvertError) -> SizeAnswer
    {
        guard let cupTable = table.cupTable else { throw .incompatible("\(table.category) sizes have no cups") }
        let bandConverter = SizeConverter(table: table.bands)
        let cupConverter = SizeConverter(table: cupTable)
        let (under, unit) = try bandConverter.measuredValue(underbust)
        let (over, _) = try bandConverter.measuredValue(bust)
        let difference = try cupUnitValue(over - under, from: unit, cupTable: cupTable)
        guard difference > 0 else {
            throw .incompatible("the bust (\(bust.quantity)) must be larger than the underbust (\(underbust.quantity))")
        }
        let (bandAnswers, bandNotes) = try bandConverter.fitting(under, to: to)
        let (cupAnswers, cupNotes) = try cupConverter.fitting(difference, to: to)
        let texts = [underbust, bust].map {
            (try? units.convert($0, to: UnitTarget(unit)))?.formatted ?? "\($0.quantity)"
        }
        return combine(
            bandConverter.assemble(bandAnswers, from: nil, measured: nil, notes: bandNotes),
            cupConverter.assemble(cupAnswers, from: nil, measured: nil, notes: cupNotes), from: nil, givenBand: nil,
            measured: try? units.convert(underbust, to: UnitTarget(unit)), measuredText: texts.joined(separator: " / "))
    }

    /// A length in the band's unit converted into the cup measure's unit.
    private func cupUnitValue(_ value: Double, from unit: MeasureUnit, cupTable: SizeTable) throws(ConvertError)
        -> Double
    {
        guard let cupUnit = cupTable.measure.flatMap({ UnitCatalog.unit(named: $0.unit) }),
            let converted = Quantity(Decimal(value), unit).converted(to: cupUnit)?.doubleValue()
        else { throw .badData("the \(table.category) cup measure is not a length") }
        return converted
    }

    /// One answer from the band answer and the cup answer: each band with each cup of its system.
    private func combine(
        _ bands: SizeAnswer, _ cups: SizeAnswer, from: SizeAnswer.SystemSize?, givenBand: String?,
        measured: UnitConversion?, measuredText: String?
    ) -> SizeAnswer {
        let given = from.flatMap { from in
            givenBand.map { [SizeAnswer.SystemSize(system: from.system, size: $0, charts: [])] }
        }
        let bandSizes = bands.to + (given ?? [])
        let reference = SizeAnswer.ChartReference(
            id: "\(bands.chart.id)+\(cups.chart.id)", title: "\(bands.chart.title); \(cups.chart.title)",
            source: "\(bands.chart.source); \(cups.chart.source)",
            checked: [bands.chart.checked, cups.chart.checked].compactMap { $0 }.joined(separator: " ").nilIfEmpty)
        return SizeAnswer(
            category: table.category, from: from, measured: measured, measuredText: measuredText,
            to: pairs(bands.to, cups.to), chart: reference, charts: bands.charts + cups.charts,
            neighbours: .init(
                down: pairs(bandSizes, cups.neighbours.down), up: pairs(bandSizes, cups.neighbours.up)),
            measure: bands.measure, note: [bands.note, cups.note].filter { !$0.isEmpty }.joined(separator: " "),
            sentence: nil, cupMeasure: cups.measure)
    }

    /// Every band with every cup of the same system, in the table's system order.
    private func pairs(_ bands: [SizeAnswer.SystemSize], _ cups: [SizeAnswer.SystemSize]) -> [SizeAnswer.SystemSize] {
        table.systems.map(\.id).flatMap { system in
            bands.filter { $0.system == system }.flatMap { band in
                cups.filter { $0.system == system }.map { cup in
                    SizeAnswer.SystemSize(system: system, size: band.size + cup.size, charts: band.charts + cup.charts)
                }
            }
        }
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
