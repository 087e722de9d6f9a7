import Foundation
import TactfulMarkets
import TactfulTime
import Testing

/// An estimated holiday date reads as expected, never as certain, in every language the customer phrasing has.
@Suite struct HolidayDatePhrasingTests {
    func phrasing(_ tag: String) throws -> HolidayDatePhrasing {
        HolidayDatePhrasing(market: try MarketResolver().resolve(tag))
    }

    let eid = LocalDate(year: 2027, month: 3, day: 9)!

    @Test func estimatesReadAsExpectedAndAnnouncedDatesAsCertain() throws {
        let english = try phrasing("en-US")
        #expect(try english.text(eid, estimated: true, currentYear: 2027) == "expected on March 9")
        #expect(try english.text(eid, estimated: false, currentYear: 2027) == "on March 9")
        #expect(try english.text(eid, estimated: true, currentYear: 2026) == "expected on March 9, 2027")
        #expect(try phrasing("de-DE").text(eid, estimated: true, currentYear: 2027) == "voraussichtlich am 9. März")
        #expect(try phrasing("zh-CN").text(eid, estimated: true, currentYear: 2027) == "预计3月9日")
        #expect(try phrasing("zh-TW").text(eid, estimated: true, currentYear: 2027) == "預計3月9日")
        #expect(try phrasing("ar-AE").text(eid, estimated: true, currentYear: 2027).hasPrefix("من المتوقع في "))
        #expect(try phrasing("ar-AE").text(eid, estimated: false, currentYear: 2027).hasPrefix("في "))
    }

    @Test(arguments: [
        "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pl-PL", "sv-SE", "pt-BR", "ja-JP", "ko-KR", "zh-CN",
        "zh-HK", "ar-SA",
    ])
    func everyPhrasingLanguageMarksAnEstimate(_ tag: String) throws {
        let dates = try phrasing(tag)
        let expected = try dates.text(eid, estimated: true, currentYear: 2027)
        let certain = try dates.text(eid, estimated: false, currentYear: 2027)
        #expect(expected != certain)
        #expect(!expected.hasPrefix("expected on") || tag.hasPrefix("en"), "\(tag) fell back to English: \(expected)")
    }

    @Test func holidaysCarryTheirPhrasedDate() throws {
        let calendar = try HolidayCalendar.builtIn("SA")
        let holidays = try calendar.list(for: 2027).holidays
        let fitr = try #require(holidays.first { $0.name(in: "en") == "Eid al-Fitr holiday" })
        #expect(fitr.estimated)
        let text = try phrasing("en-SA").text(for: fitr, currentYear: 2027)
        #expect(text.hasPrefix("expected on "), "\(text)")
    }
}
