import Foundation
import Testing

@Suite struct SizeCommandTests {
    @Test func convertsAsJSONWithTheContractFields() throws {
        let json = try CLI.json([
            "size", "42", "--from", "EU", "--to", "US", "--category", "shoes-men", "--format", "json", "--market",
            "de-DE",
        ])
        #expect(json["category"] as? String == "shoes-men")
        let from = json["from"] as? [String: Any]
        #expect(from?["system"] as? String == "EU" && from?["size"] as? String == "42")
        let to = json["to"] as? [[String: Any]] ?? []
        #expect(to.first?["system"] as? String == "US" && to.first?["size"] as? String == "8.5")
        #expect((json["chart"] as? [String: Any])?["source"] is String)
        #expect(json["note"] is String)
        #expect(json["sentence"] as? String == "Größe EU 42 entspricht US 8,5.")
    }

    @Test func recommendsFromAMeasurement() throws {
        let result = try CLI.run(["size", "--measure", "26.5cm", "--category", "shoes-men", "--to", "EU"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("26.5 cm → EU 42"))
    }

    @Test func printsAChartWithItsSource() throws {
        let result = try CLI.run(["size", "chart", "shoes-women", "--systems", "US,EU,JP"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Source: Nike"))
        #expect(result.stdout.contains("US    EU    JP"))
    }

    @Test func badInputExitsTwo() throws {
        #expect(try CLI.run(["size", "42", "--from", "XX", "--category", "shoes-men"]).status == 2)
        #expect(try CLI.run(["size", "42", "--category", "shoes-men"]).status == 2)
        #expect(try CLI.run(["size", "42", "--from", "EU", "--category", "socks"]).status == 2)
        #expect(
            try CLI.run(["size", "42", "--from", "EU", "--category", "shoes-men", "--chart", "/no/file.csv"]).status
                == 2)
    }
}

@Suite struct ConverterHelpTests {
    @Test(arguments: [
        ["size", "--help"], ["size", "chart", "--help"], ["money", "convert", "--help"],
        ["money", "format", "--help"], ["units", "--help"], ["convert", "--help"],
    ])
    func helpTeachesWithExamples(arguments: [String]) throws {
        let help = try CLI.run(arguments)
        #expect(help.status == 0)
        #expect(help.stdout.contains("Examples:"), "\(arguments)")
    }
}
