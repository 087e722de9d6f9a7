import Testing

@testable import TactfulConvert

/// The women's clothing and bra tables, checked against the values their sources give.
@Suite struct ClothingAndBraTableTests {
    private func chart(_ category: SizeCategory, _ id: String) throws -> SizeChart {
        try #require(SizeTableReader.builtIn(category).allCharts.first { $0.id == id })
    }

    private func number(_ row: SizeChart.Row, _ system: String) -> Double? {
        row.sizes[system]?.first.flatMap(SizeValue.number)
    }

    /// The bust girth (cm) each standard gives a size: ASTM D5585-11e1 Table 1 (inches), JIS L 4005, the Korean
    /// code of 1981, GB/T 1335.2's shop labels.
    static let bustGirths: [(system: String, size: String, bust: Double)] = [
        ("US", "00", 31.125 * 2.54), ("US", "0", 31.75 * 2.54), ("US", "2", 33 * 2.54), ("US", "4", 34.125 * 2.54),
        ("US", "6", 35.25 * 2.54), ("US", "8", 36.25 * 2.54), ("US", "10", 37.25 * 2.54), ("US", "12", 38.75 * 2.54),
        ("US", "14", 40.375 * 2.54), ("US", "16", 42.125 * 2.54), ("US", "18", 44 * 2.54), ("US", "20", 46 * 2.54),
        ("JP", "5", 77), ("JP", "7", 80), ("JP", "9", 83), ("JP", "11", 86), ("JP", "13", 89), ("JP", "15", 92),
        ("JP", "17", 96), ("JP", "19", 100), ("JP", "21", 104), ("JP", "23", 108),
        ("KR", "44", 82), ("KR", "55", 85), ("KR", "66", 88), ("KR", "77", 91), ("KR", "88", 94),
        ("CN", "155/80A", 80), ("CN", "160/84A", 84), ("CN", "165/88A", 88),
    ]

    /// Each standard's size sits in the one row whose bust interval holds the bust girth the standard gives it.
    @Test(arguments: bustGirths)
    func bodyStandardsPlaceEachSizeAtItsBust(entry: (system: String, size: String, bust: Double)) throws {
        let rows = try chart(.clothingWomen, "body-standards").rows.filter {
            ($0.sizes[entry.system] ?? []).contains(entry.size)
        }
        let range = try #require(rows.count == 1 ? rows[0].measure : nil, "\(entry.system) \(entry.size)")
        #expect(range.lowerBound < entry.bust && entry.bust <= range.upperBound, "\(entry.system) \(entry.size)")
    }

    /// German sizes are bust / 2 − 6, each row 4 cm wide around it; FR = DE + 2 and IT = DE + 6 (BSI's 2002 example).
    @Test func germanFrenchAndItalianSizesFollowTheirRules() throws {
        for row in try chart(.clothingWomen, "body-standards").rows {
            let german = try #require(number(row, "EU"))
            let range = try #require(row.measure)
            #expect((german + 6) * 2 == range.upperBound - 2 && range.upperBound - range.lowerBound == 4)
            #expect(number(row, "FR") == german + 2 && number(row, "IT") == german + 6)
        }
    }

    /// LazyTools (2026): UK = AU = US + 4, EU = US + 30, FR = EU + 2, IT = EU + 6, JP = US + 5, letters as printed.
    @Test func lazyToolsChartMatchesItsPage() throws {
        let rows = try chart(.clothingWomen, "lazytools-2026").rows
        for row in rows {
            let us = try #require(number(row, "US"))
            #expect(number(row, "UK") == us + 4 && number(row, "AU") == us + 4 && number(row, "EU") == us + 30)
            #expect(number(row, "FR") == us + 32 && number(row, "IT") == us + 36 && number(row, "JP") == us + 5)
        }
        #expect(rows.map { $0.sizes["letter"]?.first ?? "" } == ["XS", "S", "S", "M", "M", "L", "L", "XL"])
    }

    /// Finder.com.au (via Sewing Patterns Online): AU = UK, US = AU − 4, its JP row and its bust girths.
    @Test func finderChartMatchesItsPage() throws {
        let rows = try chart(.clothingWomen, "finder-au").rows
        for row in rows {
            let australian = try #require(number(row, "AU"))
            #expect(number(row, "UK") == australian && number(row, "US") == australian - 4)
        }
        #expect(rows.compactMap(\.measure?.upperBound) == [78, 80.5, 83, 88, 93, 98, 103, 110.5, 127, 134, 141])
        #expect(
            rows.map { $0.sizes["JP"]?.first ?? "" } == ["5", "7", "9", "11", "13", "15", "17", "19", "21", "23", "27"])
    }

    /// EN 13402 bands: the underbust rounded to 5 cm; FR = EU + 15; inch bands 28 at EU 60 and + 2 per 5 cm; AU 6
    /// at EU 60 and + 2 per 5 cm (German Wikipedia, Australian retailers: AU 12 = EU 75 = UK 34); the English
    /// Wikipedia's AU row (AU 4 at EU 60) is not taken over.
    @Test(arguments: [("en-wikipedia-bands", nil), ("de-wikipedia-bands", 6.0), ("au-retailers-bands", 6.0)])
    func braBandsFollowTheirTables(id: String, australianAt60: Double?) throws {
        for row in try chart(.bras, id).rows {
            let european = try #require(number(row, "EU"))
            let steps = (european - 60) / 5
            #expect(row.measure == (european - 2.5)...(european + 2.5))
            #expect(number(row, "FR") == european + 15 && number(row, "AU") == australianAt60.map { $0 + 2 * steps })
            if let british = number(row, "UK") { #expect(british == 28 + 2 * steps && number(row, "US") == british) }
        }
    }

    /// EN 13402 cups: AA from 10 to 12 cm, then one letter per 2 cm; UK and US letters in their own sequences.
    @Test func cupLettersFollowEachSystemsSequence() throws {
        let rows = try chart(.bras, "cup-letters").rows
        for (index, row) in rows.enumerated() {
            #expect(row.measure == Double(10 + 2 * index)...Double(12 + 2 * index))
        }
        func letters(_ system: String) -> [String] { rows.map { ($0.sizes[system] ?? []).joined(separator: "/") } }
        #expect(letters("EU") == ["AA", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"])
        #expect(letters("FR") == letters("EU") && letters("AU") == letters("EU"))
        #expect(letters("UK") == ["AA", "A", "B", "C", "D", "DD", "E", "F", "FF", "G", "GG", "H"])
        #expect(letters("US") == ["AA", "A", "B", "C", "D", "DD/E", "DDD/F", "G", "H", "I", "J", "K"])
    }
}
