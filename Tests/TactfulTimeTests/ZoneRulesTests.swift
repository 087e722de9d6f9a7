import Foundation
import TactfulTime
import Testing

@Suite struct ZoneRulesTests {
    @Test func mexicoCityHasNoSummerTimeIn2026() throws {
        // Mexico abolished DST in 2022; ICU 72's built-in rules still say UTC−5 in July (DESIGN.md).
        let zone = try ZoneRules(identifier: "America/Mexico_City")
        let july = try ISO8601.parse("2026-07-15T12:00:00Z")
        #expect(zone.offset(at: july.timeIntervalSince1970) == -6 * 3600)
        #expect(zone.fixedOffsetName(at: july.timeIntervalSince1970) == "GMT-06:00")
    }

    @Test func wallTimeInASkippedHourMovesForwardByTheGap() throws {
        let newYork = try ZoneRules(identifier: "America/New_York")
        let date = try #require(LocalDate(iso: "2026-03-08"))
        let instant = newYork.instant(of: date, secondsAfterMidnight: 2 * 3600 + 30 * 60)
        #expect(ISO8601.format(Date(timeIntervalSince1970: instant), in: newYork) == "2026-03-08T03:30:00-04:00")
    }

    @Test func repeatedWallTimeMeansItsFirstOccurrence() throws {
        let newYork = try ZoneRules(identifier: "America/New_York")
        let date = try #require(LocalDate(iso: "2026-11-01"))
        let instant = newYork.instant(of: date, secondsAfterMidnight: 1 * 3600 + 30 * 60)
        #expect(ISO8601.format(Date(timeIntervalSince1970: instant), in: newYork) == "2026-11-01T01:30:00-04:00")
        let sydney = try ZoneRules(identifier: "Australia/Sydney")
        let april = try #require(LocalDate(iso: "2026-04-05"))
        let repeated = sydney.instant(of: april, secondsAfterMidnight: 2 * 3600 + 30 * 60)
        #expect(ISO8601.format(Date(timeIntervalSince1970: repeated), in: sydney) == "2026-04-05T02:30:00+11:00")
    }

    @Test func unknownZonesAreNamed() {
        #expect(throws: TimeError.unknownTimeZone("Mars/Olympus_Mons")) {
            try ZoneRules(identifier: "Mars/Olympus_Mons")
        }
    }

    @Test func offsetTextCoversHalfAndQuarterHours() {
        #expect(ZoneRules.offsetText(5 * 3600 + 45 * 60) == "+05:45")
        #expect(ZoneRules.offsetText(-(3 * 3600 + 30 * 60)) == "-03:30")
        #expect(ZoneRules.offsetText(0) == "+00:00")
    }
}

@Suite struct CivilTimeTests {
    @Test func dayNumbersRoundTripAndKnowWeekdays() throws {
        for dayNumber in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(LocalDate(dayNumber: dayNumber).dayNumber == dayNumber)
        }
        #expect(LocalDate(dayNumber: 0).description == "1970-01-01")
        #expect(try #require(LocalDate(iso: "2026-11-23")).weekday == .mon)
        #expect(try #require(LocalDate(iso: "2000-02-29")).weekday == .tue)
        #expect(LocalDate(iso: "2026-02-29") == nil)
        #expect(LocalDate(iso: "2026-1-01") == nil)
    }

    @Test func instantsNeedZOrAnOffset() throws {
        let utc = try ISO8601.parse("2026-03-08T10:00:00Z")
        #expect(try ISO8601.parse("2026-03-08T18:00:00+08:00") == utc)
        #expect(try ISO8601.parse("2026-03-08T05:00-05:00") == utc)
        #expect(try ISO8601.parse("2026-03-08T10:00:00.500Z").timeIntervalSince1970 == utc.timeIntervalSince1970 + 0.5)
        for bad in [
            "2026-03-08T10:00:00", "2026-03-08 10:00:00Z", "2026-03-08T25:00:00Z", "2026-03-08T10:00:00+8",
            "yesterday", "2026-03-08T10:00:00+08:00:00",
        ] {
            #expect(throws: TimeError.malformedInstant(bad)) { try ISO8601.parse(bad) }
        }
    }

    @Test func instantsFormatWithTheZoneOffset() throws {
        let instant = try ISO8601.parse("2026-03-08T10:00:00Z")
        #expect(ISO8601.format(instant, in: try ZoneRules(identifier: "Asia/Kathmandu")) == "2026-03-08T15:45:00+05:45")
        #expect(ISO8601.format(instant, in: .utc) == "2026-03-08T10:00:00+00:00")
        #expect(ISO8601.format(instant.addingTimeInterval(0.25), in: .utc) == "2026-03-08T10:00:00.250+00:00")
    }

    @Test func durationsReadLikeSLATargets() throws {
        #expect(try DurationText.seconds(in: "8h") == 28_800)
        #expect(try DurationText.seconds(in: "90m") == 5_400)
        #expect(try DurationText.seconds(in: "1h30m") == 5_400)
        #expect(try DurationText.seconds(in: "2h15m30s") == 8_130)
        for bad in ["", "8", "h", "30m1h", "1h1h", "1.5h", "-1h", "8 h"] {
            #expect(throws: TimeError.malformedDuration(bad)) { try DurationText.seconds(in: bad) }
        }
        #expect(DurationText.text(seconds: 5_400) == "1h30m")
        #expect(DurationText.text(seconds: 0) == "0s")
    }
}
