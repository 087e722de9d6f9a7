import TactfulStances
import Testing
@testable import TactfulLint

/// Stances written with words between their parts (`frames:` in stances.yml), matched in order within one clause.
@Suite struct StanceFrameTests {
    func stances(_ text: String, _ tag: String) throws -> [String] {
        try builtInFindings(text, tag) { $0.rule == "root.negative.stance" }.map(\.match)
    }

    @Test func aFrameReadsSlotsOfAlternatives() throws {
        let frame = try #require(StanceFrame("kann|können + ich|wir + nichts + machen|tun"))
        #expect(frame.slots == [["kann", "können"], ["ich", "wir"], ["nichts"], ["machen", "tun"]])
        #expect(StanceFrame("nur ein Wort") == nil)
        #expect(StanceFrame("a + | + b") == nil)
    }

    @Test func theSlotsMustComeInOrderInsideTheClause() {
        #expect(StanceFrame("a + b + c")?.slots.count == 3)
        #expect(StanceFrame.match(in: 0..<20, found: [[0..<1], [4..<5], [8..<9]]) == 0..<9)
        #expect(StanceFrame.match(in: 0..<20, found: [[8..<9], [4..<5], [0..<1]]) == nil)
        #expect(StanceFrame.match(in: 0..<6, found: [[0..<1], [4..<5], [8..<9]]) == nil)
    }

    @Test func helplessnessWithWordsBetweenItsParts() throws {
        #expect(try stances("Da kann ich leider nichts machen.", "de-AT") == ["kann ich leider nichts machen"])
        #expect(try stances("Danach können wir leider nichts mehr machen.", "de-DE").count == 1)
        #expect(try stances("Non possiamo purtroppo fare niente.", "it-IT").count == 1)
        #expect(try stances("Los impuestos no son nuestro problema.", "es-MX").count == 1)
        #expect(try stances("If it still fails, that is not our problem.", "en-US").count == 1)
        #expect(try stances("Nous ne pouvons donc pas vous rembourser.", "fr-FR").count == 1)
    }

    @Test func nearMissesStayClean() throws {
        // Another subject, another clause, another order.
        #expect(try stances("Sie müssen nichts tun, wir kümmern uns darum.", "de-DE").isEmpty)
        #expect(try stances("Ihr Paket kann nicht verloren gehen, wir können es jederzeit verfolgen.", "de-DE").isEmpty)
        #expect(try stances("Not a problem, our team will resend it today.", "en-GB").isEmpty)
        #expect(try stances("This is not an issue with our product, and we will replace the cable.", "en-US").isEmpty)
        #expect(try stances("Wir können es kaum erwarten, Ihnen das neue Modell zu zeigen.", "de-DE").isEmpty)
    }
}
