import Foundation
import TactfulICU
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
        for chart in table.allCharts {
            #expect(!chart.source.isEmpty && chart.source != category.dataPath, "\(chart.id) has no source")
            #expect(chart.rows.count >= 5)
            for system in table.systems.map(\.id) {
                let values = chart.rows.compactMap { number($0, system) }
                // UK children's shoe sizes restart once, after 13.5 (13, 13.5, 1, 1.5 …), as their charts print them.
                let restarts = zip(values, values.dropFirst()).filter { $0 > $1 }.count
                let allowed = category == .shoesKids && system == "UK" ? 1 : 0
                #expect(restarts <= allowed, "\(chart.id) \(system) is not in size order")
            }
            let uppers = chart.rows.compactMap(\.measure?.upperBound)
            #expect(uppers == uppers.sorted() && (uppers.isEmpty || uppers.count == chart.rows.count))
        }
    }

    /// JIS S 5037 sizes are the foot length in cm, and so are Mexican sizes; GB/T 3293.1, Korean sizes and ISO 9407
    /// Mondopoint are the same length in mm; each row fits feet up to that length.
    @Test(arguments: [SizeCategory.shoesMen, .shoesWomen])
    func footLengthSystemsFollowTheirStandards(category: SizeCategory) throws {
        for chart in try table(category).charts where chart.rows.first?.sizes["JP"] != nil {
            for row in chart.rows {
                let centimeters = try #require(number(row, "JP"))
                for system in ["CN", "KR", "Mondopoint"] {
                    #expect(number(row, system) == centimeters * 10, "\(chart.id) \(system)")
                }
                #expect(number(row, "MX") == centimeters, "\(chart.id) MX")
                #expect(row.measure?.upperBound == centimeters)
            }
        }
    }

    /// AU men's sizes are UK sizes; AU women's sizes are the US size or one below (two published conventions);
    /// BR is EU − 2 where given (Nike charts only).
    @Test(arguments: [SizeCategory.shoesMen, .shoesWomen])
    func australianAndBrazilianColumnsFollowTheirConventions(category: SizeCategory) throws {
        for chart in try table(category).charts where chart.rows.first?.sizes["JP"] != nil {
            for row in chart.rows {
                let us = try #require(number(row, "US"))
                let australian = (row.sizes["AU"] ?? []).compactMap(SizeValue.number)
                let expected = category == .shoesMen ? [try #require(number(row, "UK"))] : [us - 1, us]
                #expect(australian == expected, "\(chart.id) US \(us)")
                if let brazilian = number(row, "BR") { #expect(brazilian == (try #require(number(row, "EU"))) - 2) }
            }
            #expect((chart.rows.first?.sizes["BR"] != nil) == chart.id.hasPrefix("nike"))
        }
    }

    /// As GNU units 3.15 gives them: US inside diameter 0.458 + 0.032 n in; BS 6820 A = 37.50 mm circumference,
    /// +1.25 mm per letter (nearest half letter); Japanese 13 mm diameter at 1, +1/3 mm per size (nearest size);
    /// "European" circumference − 40 mm (IT here); ISO 8653 circumference in mm (EU here).
    @Test func ringRowsFollowTheirDefinitions() throws {
        for row in try #require(table(.rings).charts.first).rows {
            let us = try #require(number(row, "US"))
            let diameter = (0.458 + 0.032 * us) * 25.4
            let circumference = Double.pi * diameter
            #expect(abs(try #require(number(row, "diameter")) - diameter) <= 0.05)
            #expect(number(row, "EU") == circumference.rounded())
            let italian = circumference.rounded() - 40, japanese = (3 * diameter - 38).rounded()
            #expect(number(row, "IT") == (italian >= 1 ? italian : nil), "US \(us)")  // both scales start at 1
            #expect(number(row, "JP") == (japanese >= 1 ? japanese : nil), "US \(us)")
            let halfLetters = Int(((circumference - 37.5) / 0.625).rounded())
            let whole = halfLetters / 2  // past Z the scale goes on as Z+1, Z+2 (GNU units)
            let letter = whole < 26 ? String(Character(UnicodeScalar(UInt8(65 + whole)))) : "Z+\(whole - 25)"
            #expect(row.sizes["UK"]?.first == letter + (halfLetters % 2 == 1 ? "½" : ""), "US \(us)")
            #expect(abs(try #require(row.measure?.upperBound) - circumference) < 0.01)
        }
    }

    /// GNU units' shoe definitions: US size n is a last of (zero + n/3) in; EU counts Paris points (2/3 cm) of it.
    @Test(arguments: [
        ("last-length-men", SizeCategory.shoesMen, 8.25), ("last-length-women", .shoesWomen, 7 + 11.0 / 12),
        ("last-length-kids", .shoesKids, 3 + 11.0 / 12),
    ])
    func lastLengthChartsFollowTheirDefinitions(chartID: String, category: SizeCategory, zero: Double) throws {
        let chart = try #require(table(category).charts.first { $0.id == chartID })
        for row in chart.rows {
            let written = try #require(row.sizes["US"]?.first)
            let isYouth = written.hasSuffix("Y")
            let number = try #require(SizeValue.number(written.filter { $0 != "C" && $0 != "Y" }))
            let last = zero + (isYouth ? number + 13 : number) / 3
            let paris = last * 2.54 * 1.5
            #expect(self.number(row, "EU") == (paris * 2).rounded() / 2, "\(chartID) US \(written)")
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

    @Test func kidsShoesHaveNoBodyMeasurement() throws {
        let kids = SizeConverter(table: try table(.shoesKids))
        let answer = try kids.convert(size: "10c", from: "US", to: ["EU"])
        #expect(answer.charts.first { $0.chart.id == "last-length-kids" }?.to.map(\.size) == ["27.5"])
        #expect(throws: ConvertError.self) {
            try kids.recommend(
                for: QuantityParser.parse("17 cm"), units: QuantityConverter(locale: ICU.LocaleID(tag: "en")))
        }
    }

    @Test func everyCategoryHasABuiltInTable() {
        #expect(SizeTableReader.availableCategories == SizeCategory.allCases)
    }

    /// The charts each data file cites, so that a chart dropped by mistake fails here.
    @Test(arguments: [
        (SizeCategory.shoesMen, ["nike-men", "adidas-men", "last-length-men"]),
        (.shoesWomen, ["nike-women", "adidas-women", "last-length-women"]),
        (.shoesKids, ["last-length-kids", "shoe-size-converter-kids", "lazytools-kids"]),
        (.clothingWomen, ["body-standards", "lazytools-2026", "finder-au"]),
        (.bras, ["en-wikipedia-bands", "de-wikipedia-bands", "au-retailers-bands", "cup-letters"]),
        (.rings, ["ring-definitions"]), (.shirtsMen, ["collar-definition"]),
        (.suitsMen, ["chest-definition", "de-short-kuebler", "de-long-kuebler"]), (.jeans, ["waist-definition"]),
    ])
    func everyCitedChartIsPresent(category: SizeCategory, charts: [String]) throws {
        #expect(try table(category).allCharts.map(\.id) == charts)
    }
}
