import Foundation
import Testing

@testable import TactfulConvert

/// The built-in size tables, checked against the definitions their sources give.
@Suite struct SizeTableTests {
    private func table(_ category: SizeCategory) throws -> SizeTable { try SizeTableReader.builtIn(category) }

    private func number(_ row: SizeChart.Row, _ system: String) -> Double? {
        row.sizes[system]?.first.flatMap(SizeValue.number)
    }

    @Test(arguments: SizeTableReader.availableCategories)
    func everyChartNamesItsSourceAndIsOrdered(category: SizeCategory) throws {
        let table = try table(category)
        #expect(table.category == category.rawValue)
        for chart in table.charts {
            #expect(!chart.source.isEmpty && chart.source != category.dataPath, "\(chart.id) has no source")
            #expect(chart.rows.count >= 5)
            for system in table.systems.map(\.id) {
                let values = chart.rows.compactMap { number($0, system) }
                #expect(values == values.sorted(), "\(chart.id) \(system) is not in size order")
            }
            let uppers = chart.rows.compactMap(\.measure?.upperBound)
            #expect(uppers == uppers.sorted() && uppers.count == chart.rows.count)
        }
    }

    /// JIS S 5037 sizes are the foot length in cm; GB/T 3293.1, Korean sizes and ISO 9407 Mondopoint are the
    /// same length in mm; each row fits feet up to that length.
    @Test(arguments: [SizeCategory.shoesMen, .shoesWomen])
    func footLengthSystemsFollowTheirStandards(category: SizeCategory) throws {
        for chart in try table(category).charts {
            for row in chart.rows {
                let centimeters = try #require(number(row, "JP"))
                for system in ["CN", "KR", "Mondopoint"] {
                    #expect(number(row, system) == centimeters * 10, "\(chart.id) \(system)")
                }
                #expect(row.measure?.upperBound == centimeters)
            }
        }
    }

    /// US: inside diameter 11.63 mm + 0.8128 mm per size; ISO 8653: circumference in mm; BS 6820: A = 37.8 mm,
    /// +1.25 mm per letter (half letters between).
    @Test func ringRowsFollowTheirDefinitions() throws {
        for row in try #require(table(.rings).charts.first).rows {
            let us = try #require(number(row, "US"))
            let diameter = 11.63 + 0.8128 * us
            let circumference = Double.pi * diameter
            #expect(abs(try #require(number(row, "diameter")) - diameter) <= 0.05)
            #expect(number(row, "EU") == circumference.rounded())
            let halfLetters = Int(((circumference - 37.8) / 0.625).rounded())
            let letter = Character(UnicodeScalar(UInt8(65 + halfLetters / 2)))
            #expect(row.sizes["UK"]?.first == String(letter) + (halfLetters % 2 == 1 ? "½" : ""), "US \(us)")
            #expect(abs(try #require(row.measure?.upperBound) - circumference) < 0.01)
        }
    }

    /// Collar, chest and waist sizes: inches in US/UK, centimetres (or half-centimetres of chest) in EU.
    @Test(arguments: [(SizeCategory.shirtsMen, "EU", 1.0), (.suitsMen, "EU", 0.5), (.jeans, "cm", 1.0)])
    func inchSystemsFollowTheInch(category: SizeCategory, metric: String, factor: Double) throws {
        for row in try #require(table(category).charts.first).rows {
            let inches = try #require(number(row, "US"))
            #expect(number(row, "UK") == inches)
            #expect(number(row, metric) == (inches * 2.54 * factor).rounded(), "\(category) \(inches)")
        }
    }

    @Test func categoriesWithoutTablesSaySo() {
        #expect(throws: ConvertError.self) { try SizeTableReader.builtIn(.bras) }
    }
}
