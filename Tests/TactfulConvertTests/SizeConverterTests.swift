import Foundation
import TactfulICU
import Testing

@testable import TactfulConvert
import TactfulTestSupport

@Suite struct SizeConverterTests {
    private func converter(_ category: SizeCategory) throws -> SizeConverter {
        SizeConverter(table: try SizeTableReader.builtIn(category))
    }

    @Test func chartsThatAgreeGiveOneAnswerNamingBoth() throws {
        let answer = try converter(.shoesMen).convert(size: "42", from: "eu", to: ["US"])
        #expect(answer.to == [.init(system: "US", size: "8.5", charts: ["nike-men", "adidas-men", "last-length-men"])])
        #expect(answer.chart.id == "nike-men" && answer.chart.source.contains("nike.com"))
        #expect(answer.neighbours.down.contains(.init(system: "US", size: "8", charts: ["nike-men"])))
        #expect(answer.neighbours.up.contains(.init(system: "US", size: "9", charts: ["nike-men"])))
        #expect(answer.measure == .init(name: "foot length", unit: "centimeter", min: 26, max: 26.5))
        #expect(!answer.note.contains("Charts disagree"))
    }

    @Test func chartsThatDisagreeKeepEveryValueAndSaySo() throws {
        let answer = try converter(.shoesMen).convert(size: "9", from: "US", to: ["UK"])
        #expect(answer.to.map(\.size) == ["8", "8.5"])
        #expect(answer.note.contains("Charts disagree: UK 8 (nike-men) vs UK 8.5 (adidas-men)"))
        #expect(answer.note.contains("Not fully verified"))
    }

    @Test func sizesAreMatchedAsWritten() throws {
        let adidas = try converter(.shoesMen)
        #expect(try adidas.convert(size: "42 2/3", from: "EU", to: ["US"]).to.map(\.size) == ["9"])
        #expect(try adidas.convert(size: "8,5", from: "US", to: ["EU"]).to.map(\.size) == ["42"])
        #expect(try converter(.jeans).convert(size: "32", from: "US", to: ["cm"]).to.map(\.size) == ["81"])
        #expect(try converter(.rings).convert(size: "n½", from: "UK", to: ["US"]).to.map(\.size) == ["7"])
    }

    @Test func aSizeBetweenRowsGetsTheNearestWithANote() throws {
        let answer = try converter(.shoesWomen).convert(size: "44", from: "EU", to: ["US"])
        #expect(answer.note.contains("EU 44 is not in nike-women; nearest: EU 44.5"))
        #expect(throws: ConvertError.self) { try converter(.shoesMen).convert(size: "60", from: "EU") }
        #expect(throws: ConvertError.self) { try converter(.shoesMen).convert(size: "42", from: "XX") }
    }

    @Test func measurementsRecommendTheRowThatFits() throws {
        let english = QuantityConverter(locale: try ICU.LocaleID(tag: "en-US"))
        let answer = try converter(.shoesMen).recommend(
            for: QuantityParser.parse("26.5cm"), to: ["EU"], units: english)
        #expect(answer.to.map(\.size) == ["42"])
        #expect(answer.measuredText == "10.4 in")
        let ring = try converter(.rings).recommend(for: QuantityParser.parse("54 mm"), to: ["US"], units: english)
        #expect(ring.to.map(\.size) == ["7"])
        #expect(throws: ConvertError.self) {
            try converter(.shoesMen).recommend(for: QuantityParser.parse("2 kg"), units: english)
        }
    }

    @Test func aStoresChartOverridesTheGenericOne() throws {
        let directory = Scratch.root
        let csv = directory.appendingPathComponent("store-\(UUID().uuidString).csv")
        try "US,EU,measure_min,measure_max\n8,41,25.5,26\n8.5,42/43,26,26.5\n".write(
            to: csv, atomically: true, encoding: .utf8)
        let table = try SizeTableReader.storeChart(at: csv.path, for: .shoesMen)
        let answer = try SizeConverter(table: table).convert(size: "43", from: "EU", to: ["US"])
        #expect(answer.to.map(\.size) == ["8.5"] && answer.chart.source == csv.path && answer.charts.count == 1)
        let yaml = directory.appendingPathComponent("store-\(UUID().uuidString).yml")
        try "title: Our sizes\nsource: Our shop\nrows:\n  - {US: \"9\", EU: \"42\"}\n  - {US: \"10\", EU: \"43\"}\n"
            .write(to: yaml, atomically: true, encoding: .utf8)
        let fromYAML = try SizeConverter(table: SizeTableReader.storeChart(at: yaml.path, for: .shoesMen))
        #expect(try fromYAML.convert(size: "42", from: "EU", to: ["US"]).chart.source == "Our shop")
        try "US,EU\n8,41,extra\n".write(to: csv, atomically: true, encoding: .utf8)
        #expect(throws: ConvertError.self) { try SizeTableReader.storeChart(at: csv.path, for: .shoesMen) }
    }

    @Test func womensClothingKeepsEveryChartsAnswer() throws {
        let clothing = try converter(.clothingWomen)
        let answer = try clothing.convert(size: "38", from: "EU", to: ["US"])
        #expect(Set(answer.to.map(\.size)) == ["4", "6", "8"])
        #expect(answer.note.contains("Charts disagree") && answer.note.contains("US 8 (lazytools-2026)"))
        #expect(try clothing.convert(size: "12", from: "UK", to: ["letter"]).to.map(\.size) == ["M"])
        let english = QuantityConverter(locale: try ICU.LocaleID(tag: "en-US"))
        let measured = try clothing.recommend(measure: "88cm", to: ["EU", "JP"], units: english)
        #expect(Set(measured.to.map { "\($0.system) \($0.size)" }) == ["EU 38", "JP 13", "JP 11"])
    }

    @Test func braSizesConvertBandAndCupApart() throws {
        let bras = try converter(.bras)
        let answer = try bras.convert(size: "75b", from: "EU", to: ["UK"])
        #expect(answer.to.map(\.size) == ["34B"] && answer.from?.size == "75B")
        #expect(answer.chart.source.contains("Wikipedia") && answer.cupMeasure?.min == 14)
        #expect(
            answer.neighbours.down.contains(
                .init(system: "UK", size: "34A", charts: ["en-wikipedia-bands", "au-retailers-bands", "cup-letters"])))
        #expect(try bras.convert(size: "34DDD", from: "US", to: ["UK", "EU"]).to.map(\.size) == ["75F", "34E"])
        let australian = try bras.convert(size: "75B", from: "EU", to: ["AU"])
        #expect(australian.to.map(\.size) == ["12B"] && !australian.note.contains("Charts disagree"))
        #expect(throws: ConvertError.self) { try bras.convert(size: "75", from: "EU") }
        #expect(throws: ConvertError.self) { try bras.convert(size: "75Q", from: "EU") }
    }

    @Test func braMeasurementsAreUnderbustAndBust() throws {
        let english = QuantityConverter(locale: try ICU.LocaleID(tag: "en-US"))
        let bras = try converter(.bras)
        let answer = try bras.recommend(measure: "74cm,88cm", to: ["EU", "UK"], units: english)
        #expect(answer.to.map(\.size) == ["75A", "34A"] && answer.measuredText == "74 cm / 88 cm")
        #expect(answer.measure?.max == 77.5)
        #expect(answer.cupMeasure == .init(name: "bust minus underbust", unit: "centimeter", min: 12, max: 14))
        #expect(try bras.recommend(measure: "74,5cm,90cm", to: ["EU"], units: english).to.map(\.size) == ["75B"])
        #expect(throws: ConvertError.self) { try bras.recommend(measure: "74cm", units: english) }
        #expect(throws: ConvertError.self) { try bras.recommend(measure: "88cm,74cm", units: english) }
        #expect(throws: ConvertError.self) { try bras.recommend(for: QuantityParser.parse("74cm"), units: english) }
    }

    @Test func sentencesInTheCustomersLanguage() throws {
        let answer = try converter(.shoesMen).convert(size: "42", from: "EU", to: ["US"])
        #expect(
            try SizeSentence(locale: ICU.LocaleID(tag: "de-DE")).sentence(for: answer)
                == "Größe EU 42 entspricht US 8,5.")
        #expect(try SizeSentence(locale: ICU.LocaleID(tag: "ja-JP")).sentence(for: answer) == "EU 42はUS 8.5に相当します。")
        let ring = try converter(.rings).convert(size: "7", from: "US")
        #expect(try SizeSentence(locale: ICU.LocaleID(tag: "ja-JP")).sentence(for: ring) == "US 7はJP 14に相当します。")
        let disputed = try converter(.shoesMen).convert(size: "9", from: "US", to: ["UK"])
        #expect(
            try SizeSentence(locale: ICU.LocaleID(tag: "fr-FR")).sentence(for: disputed)
                == "La taille US 9 correspond à UK 8 ou 8,5.")
    }
}
