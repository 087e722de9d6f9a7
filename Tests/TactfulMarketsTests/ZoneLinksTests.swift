import Foundation
import TactfulMarkets
import Testing

/// The link lines of `tzdata.zi`, read in one pass, map every link that splitting each line finds to its target.
@Suite struct ZoneLinksTests {
    @Test func readsTheLinksEverySplitLineHolds() throws {
        let text =
            (try? String(contentsOfFile: "/usr/share/zoneinfo/tzdata.zi", encoding: .utf8))
            ?? "# version\nZ Asia/Kolkata 5:53:28 - LMT 1854 Jun 28\nL Asia/Kolkata Asia/Calcutta\nL  Bad\nL A B C\nL X Y"
        var expected: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("L ") {
            let fields = line.split(separator: " ")
            if fields.count == 3 { expected[String(fields[2])] = String(fields[1]) }
        }
        let names = ZoneNames(tzdataZi: text)
        for (link, target) in expected { #expect(names.ianaName(for: link) == target, "\(link)") }
        #expect(names.ianaName(for: "Asia/Calcutta") == "Asia/Kolkata")
        #expect(names.ianaName(for: "Europe/Berlin") == "Europe/Berlin")
        #expect(expected.count > 3 || text.count < 200)
    }

    /// Odd lines: runs of spaces, a line of three fields, `L` without its space, a last line without a line break.
    @Test func readsOnlyLinkLinesOfExactlyTwoFields() {
        let text = "L  Asia/Kolkata   Asia/Calcutta \nL A B C\nLX Y Z\nZ Q 0 - Q\nL\n\nL Etc/UTC UTC"
        let names = ZoneNames(tzdataZi: text)
        #expect(names.ianaName(for: "Asia/Calcutta") == "Asia/Kolkata")
        #expect(names.ianaName(for: "UTC") == "Etc/UTC")
        for id in ["B", "C", "Y", "Z", "Q"] { #expect(names.ianaName(for: id) == id) }
        #expect(ZoneNames(tzdataZi: "").ianaName(for: "UTC") == "UTC")
    }
}
