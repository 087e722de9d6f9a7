import Foundation
import TactfulMarkets
import TactfulTime
import Testing

@Suite struct CustomerPhrasingTests {
    func phrasing(_ tag: String, _ zone: String) throws -> CustomerPhrasing {
        CustomerPhrasing(market: try MarketResolver().resolve(tag), zone: try ZoneRules(identifier: zone))
    }

    @Test func tomorrowInGermanWithTheLocalesGlue() throws {
        let view = try phrasing("de-DE", "Europe/Berlin").describe(
            due: try at("2026-03-05T09:00:00+01:00"), now: try at("2026-03-04T17:30:00+01:00"))
        #expect(view.dueText == "morgen um 09:00")
        #expect(view.sentence == "Sie hören bis morgen um 09:00 (Ihre Ortszeit) von uns.")
        #expect(view.sentenceLanguage == "de")
        #expect(view.localTimeNow == "2026-03-04T17:30:00+01:00")
        #expect(!view.isNight)
    }

    @Test func weekdaysWithinAWeekAndDatesBeyond() throws {
        let english = try phrasing("en-US", "America/New_York")
        let now = try at("2026-03-05T23:30:00-05:00")
        let tuesday = try english.describe(due: try at("2026-03-10T09:00:00-04:00"), now: now)
        #expect(tuesday.dueText == "Tuesday at 9:00\u{202F}AM")  // CLDR puts a narrow no-break space before AM
        #expect(tuesday.sentence == "You'll hear from us by Tuesday at 9:00\u{202F}AM your time.")
        #expect(tuesday.isNight)
        let later = try english.describe(due: try at("2026-03-20T09:00:00-04:00"), now: now)
        #expect(later.dueText.hasPrefix("March 20"))
    }

    @Test func localTimesComeFromTheSystemTzdataNotICUs() throws {
        // ICU 72 thinks Mexico City keeps summer time in 2026 (UTC−5); it has been UTC−6 all year since 2022.
        let mexico = try phrasing("es-MX", "America/Mexico_City")
        let view = try mexico.describe(due: try at("2026-07-15T18:00:00Z"), now: try at("2026-07-15T15:00:00Z"))
        #expect(view.due == "2026-07-15T12:00:00-06:00")
        #expect(view.dueText.contains("12:00"))
        #expect(view.localTimeNowText.contains("9:00"))
    }

    @Test func chineseScriptsAndAFallbackToEnglish() throws {
        let due = try at("2026-03-06T10:00:00+08:00")
        let now = try at("2026-03-06T08:00:00+08:00")
        #expect(try phrasing("zh-TW", "Asia/Taipei").describe(due: due, now: now).sentenceLanguage == "zh-Hant")
        #expect(try phrasing("zh-CN", "Asia/Shanghai").describe(due: due, now: now).sentence.hasPrefix("我们将在您当地时间"))
        #expect(try phrasing("id-ID", "Asia/Jakarta").describe(due: due, now: now).sentenceLanguage == "en")
    }
}
