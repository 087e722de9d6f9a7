import Foundation
import Testing

@Suite struct UnitsCommandTests {
    @Test func formatsForTheMarket() throws {
        #expect(try CLI.run(["units", "10 in", "--market", "de-DE"]).stdout == "25,4 cm\n")
        #expect(try CLI.run(["units", "5'11\"", "--market", "en-US"]).stdout == "5 ft, 11 in\n")
    }

    @Test func convertsIntoAUnitAsJSON() throws {
        let json = try CLI.json(["units", "10 in", "--to", "centimeter", "--format", "json"])
        #expect(json["value"] as? Double == 25.4)
        #expect(json["unit"] as? String == "centimeter")
        #expect(json["formatted"] as? String == "25.4 cm")
    }

    @Test func badInputExitsTwoWithOneLine() throws {
        for arguments in [
            ["units", "10 parsecs", "--to", "cm"], ["units", "10 in", "--to", "kg"], ["units", "10 in"],
        ] {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(!result.stderr.isEmpty)
        }
    }
}
