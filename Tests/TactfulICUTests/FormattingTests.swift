import Testing
import TactfulICU

@Suite struct FormattingTests {
    private func locale(_ tag: String) throws -> ICU.LocaleID { try ICU.LocaleID(tag: tag) }

    @Test func personHeightFollowsTheMarketsUnits() throws {
        let skeleton = "measure-unit/length-meter usage/person-height"
        #expect(try ICU.NumberFormatter(skeleton: skeleton, locale: locale("en-US")).format(1.80) == "5 ft, 11 in")
        #expect(try ICU.NumberFormatter(skeleton: skeleton, locale: locale("de-DE")).format(1.80) == "180 cm")
    }

    @Test func currencyFromDecimalStringsWithoutBinaryRounding() throws {
        let euro = try ICU.NumberFormatter(skeleton: "currency/EUR", locale: locale("de-DE"))
        #expect(try euro.format(decimal: "1234.5") == "1.234,50\u{a0}€")
        // ICU rounds half-even by default; commercial rounding is opted into with a skeleton stem.
        let yen = try ICU.NumberFormatter(skeleton: "currency/JPY", locale: locale("ja-JP"))
        #expect(try yen.format(decimal: "1234.5") == "￥1,234")
        let yenHalfUp = try ICU.NumberFormatter(skeleton: "currency/JPY rounding-mode-half-up", locale: locale("ja-JP"))
        #expect(try yenHalfUp.format(decimal: "1234.5") == "￥1,235")
        let franc = try ICU.NumberFormatter(skeleton: "currency/CHF", locale: locale("de-CH"))
        #expect(try franc.format(decimal: "1234.5") == "CHF\u{a0}1’234.50")
    }

    @Test func badSkeletonIsAnError() throws {
        #expect(throws: ICUError.self) {
            try ICU.NumberFormatter(skeleton: "measure-unit/nonsense-x", locale: locale("en"))
        }
    }

    @Test func datePatternsFollowTheLocaleClock() throws {
        #expect(try ICU.bestPattern(forSkeleton: "jmm", locale: locale("de-DE")) == "HH:mm")
        #expect(try ICU.bestPattern(forSkeleton: "jmm", locale: locale("en-US")) == "h:mm\u{202f}a")
    }

    @Test func formatsAnInstantInAZone() throws {
        // 2026-07-01T12:00:00Z
        let noonUTC = 1_782_907_200_000.0
        let tokyo = try ICU.DateFormatter(skeleton: "yMMMdHHmm", locale: locale("en-GB"), timeZone: "Asia/Tokyo")
        #expect(try tokyo.format(millisecondsSince1970: noonUTC) == "1 Jul 2026, 21:00")
        let fixed = try ICU.DateFormatter(skeleton: "Hmm", locale: locale("de"), timeZone: "GMT-06:00")
        #expect(try fixed.format(millisecondsSince1970: noonUTC) == "06:00")
    }

    @Test func relativeDatesCombineWithTimes() throws {
        let german = try ICU.RelativeDateFormatter(locale: locale("de"))
        let tomorrow = try german.format(1, .day)
        #expect(tomorrow == "morgen")
        #expect(try german.combine(relativeDate: tomorrow, time: "09:00") == "morgen um 09:00")
        let english = try ICU.RelativeDateFormatter(locale: locale("en"))
        #expect(try english.combine(relativeDate: english.format(1, .day), time: "9:00 AM") == "tomorrow at 9:00 AM")
        #expect(try english.format(3, .day) == "in 3 days")
        let japanese = try ICU.RelativeDateFormatter(locale: locale("ja"))
        #expect(try japanese.combine(relativeDate: japanese.format(1, .day), time: "9:00") == "明日 9:00")
    }

    @Test func calendarsInATimeZone() throws {
        // 2026-02-17T00:00+08:00 is Chinese New Year 2026 (month 1 day 1).
        let cny2026 = 1_771_257_600_000.0
        let chinese = try ICU.Calendar(.chinese, timeZone: "Asia/Shanghai")
        let fields = try chinese.fields(atMilliseconds: cny2026)
        #expect(fields.month == 1 && fields.day == 1 && !fields.isLeapMonth)
        #expect(try chinese.milliseconds(extendedYear: fields.extendedYear, month: 1, day: 1) == cny2026)
        // 1 Ramadan 1447 AH (Umm al-Qura) is 2026-02-18.
        let hijri = try ICU.Calendar(.islamicUmalqura, timeZone: "Asia/Riyadh")
        let ramadan = try hijri.milliseconds(extendedYear: 1447, month: 9, day: 1)
        let gregorian = try ICU.Calendar(.gregorian, timeZone: "Asia/Riyadh").fields(atMilliseconds: ramadan)
        #expect((gregorian.extendedYear, gregorian.month, gregorian.day) == (2026, 2, 18))
    }

    @Test func timeZoneIDs() throws {
        #expect(try ICU.TimeZones.canonicalID("US/Eastern") == "America/New_York")
        #expect(try ICU.TimeZones.canonicalID("Asia/Kolkata") == "Asia/Calcutta")  // CLDR keeps the old name
        #expect(throws: ICUError.self) { try ICU.TimeZones.canonicalID("Mars/Olympus_Mons") }
        #expect(try ICU.TimeZones.zones(inRegion: "HK") == ["Asia/Hong_Kong"])
        #expect(try ICU.TimeZones.zones(inRegion: "US").contains("America/Los_Angeles"))
        #expect(try ICU.timeZoneDataVersion().hasPrefix("20"))
    }

    @Test func regionFacts() throws {
        #expect(try ICU.RegionData.currency(for: locale("de-AT")) == "EUR")
        #expect(try ICU.RegionData.currency(for: locale("zh-Hant-HK")) == "HKD")
        #expect(try ICU.RegionData.fractionDigits(ofCurrency: "JPY") == 0)
        #expect(try ICU.RegionData.fractionDigits(ofCurrency: "KWD") == 3)
        #expect(try ICU.RegionData.roundingIncrement(ofCurrency: "CHF", usage: .cash) == 0.05)
        #expect(try ICU.RegionData.currencyName("EUR", locale: locale("de")) == "€")
        #expect(try ICU.RegionData.measurementSystem(for: locale("en-US")) == .us)
        #expect(try ICU.RegionData.measurementSystem(for: locale("en-GB")) == .uk)
        #expect(try ICU.RegionData.measurementSystem(for: locale("de-DE")) == .metric)
        #expect(try ICU.RegionData.hourCycle(for: locale("en-US")) == .h12)
        #expect(try ICU.RegionData.hourCycle(for: locale("de-DE")) == .h23)
        #expect(try ICU.RegionData.firstWeekday(for: locale("en-US")) == 1)
        #expect(try ICU.RegionData.firstWeekday(for: locale("de-DE")) == 2)
        #expect(try ICU.RegionData.weekend(for: locale("ar-SA")) == [6, 7])
        #expect(try ICU.RegionData.weekend(for: locale("fr-FR")) == [1, 7])
    }
}
