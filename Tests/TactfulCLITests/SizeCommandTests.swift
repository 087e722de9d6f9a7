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

    @Test func womensClothingAsJSONWithTheContractFields() throws {
        let json = try CLI.json([
            "size", "38", "--from", "EU", "--to", "US", "--category", "clothing-women", "--format", "json",
        ])
        #expect(json["category"] as? String == "clothing-women")
        let from = json["from"] as? [String: Any]
        #expect(from?["system"] as? String == "EU" && from?["size"] as? String == "38")
        let to = (json["to"] as? [[String: Any]] ?? []).compactMap { $0["size"] as? String }
        #expect(Set(to) == ["4", "6", "8"])
        #expect(((json["chart"] as? [String: Any])?["source"] as? String)?.contains("ASTM D5585") == true)
        #expect((json["note"] as? String)?.contains("Charts disagree") == true)
    }

    @Test func printsTheWomensClothingChart() throws {
        let result = try CLI.run(["size", "chart", "clothing-women", "--systems", "US,EU,JP"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("JIS L 4005") && result.stdout.contains("Source: LazyTools"))
        #expect(result.stdout.contains("4/6   38  13"))
    }

    @Test func brasConvertBandAndCup() throws {
        let json = try CLI.json(["size", "75B", "--from", "EU", "--to", "UK", "--category", "bras", "--format", "json"])
        #expect(json["category"] as? String == "bras")
        #expect((json["from"] as? [String: Any])?["size"] as? String == "75B")
        #expect((json["to"] as? [[String: Any]])?.first?["size"] as? String == "34B")
        #expect(((json["chart"] as? [String: Any])?["source"] as? String)?.contains("Wikipedia") == true)
        #expect(json["note"] is String && json["cupMeasure"] is [String: Any])
        let measured = try CLI.run(["size", "--measure", "74cm,88cm", "--category", "bras", "--to", "EU"])
        #expect(measured.status == 0 && measured.stdout.hasPrefix("74 cm / 88 cm → EU 75A"))
        #expect(try CLI.run(["size", "chart", "bras"]).stdout.contains("Bra cup letters by system"))
    }

    @Test func issue15SizesThroughTheCommand() throws {
        let suit = try CLI.json([
            "size", "40L", "--from", "US", "--to", "UK,DE", "--category", "suits-men", "--format", "json",
        ])
        let to = (suit["to"] as? [[String: Any]] ?? []).compactMap { "\($0["system"] ?? "") \($0["size"] ?? "")" }
        #expect(to == ["UK 40L", "DE 98"])
        let german = try CLI.run([
            "size", "38", "--from", "DE", "--to", "FR,IT", "--category", "clothing-women", "--market", "de-DE",
        ])
        #expect(german.status == 0 && german.stdout.contains("Reply: Größe DE 38 entspricht FR 40 / IT 44."))
        #expect(
            try CLI.run(["size", "L", "--from", "UK", "--to", "US", "--category", "rings"]).stdout.hasPrefix(
                "UK L → US 5.75"))
        #expect(
            try CLI.run(["size", "34B", "--from", "UK", "--to", "AU", "--category", "bras"]).stdout.hasPrefix(
                "UK 34B → AU 12B"))
        #expect(
            try CLI.run(["size", "10C", "--from", "US", "--to", "JP", "--category", "shoes-kids"]).stdout.hasPrefix(
                "US 10C → JP 16"))
        let bad = try CLI.run(["size", "40X", "--from", "US", "--category", "suits-men"])
        #expect(bad.status == 2 && bad.stderr.contains("length") && bad.stderr.split(separator: "\n").count == 1)
    }

    @Test func badInputExitsTwo() throws {
        #expect(try CLI.run(["size", "42", "--from", "XX", "--category", "shoes-men"]).status == 2)
        #expect(try CLI.run(["size", "42", "--category", "shoes-men"]).status == 2)
        #expect(try CLI.run(["size", "42", "--from", "EU", "--category", "socks"]).status == 2)
        #expect(try CLI.run(["size", "75", "--from", "EU", "--category", "bras"]).status == 2)
        #expect(try CLI.run(["size", "--measure", "74cm", "--category", "bras"]).status == 2)
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
