import Foundation
import TactfulTime
import Testing

/// The rule kinds, each against independent references: Easter tables, Foundation's and KASI's lunar dates,
/// PyEphem's equinoxes and solar terms, Umm al-Qura.
@Suite struct HolidayRuleTests {
    /// A one-holiday calendar for testing a rule.
    func calendar(_ rule: String, zone: String = "Asia/Tokyo", extra: String = "") throws -> HolidayCalendar {
        try HolidayCalendar(
            yaml: """
                market: XX
                language: en
                timezone: \(zone)
                source: test
                holidays:
                  - {name: {en: Test}, \(rule), source: test\(extra)}
                """, path: "XX.yml")
    }

    func dates(_ calendar: HolidayCalendar, _ year: Int) throws -> [String] {
        try calendar.list(for: year).holidays.map(\.date.description)
    }

    @Test func westernAndOrthodoxEaster() throws {
        let western = try calendar("easter: 0")
        let orthodox = try calendar("orthodoxEaster: 0")
        let expected = [
            (2025, "2025-04-20", "2025-04-20"), (2026, "2026-04-05", "2026-04-12"), (2027, "2027-03-28", "2027-05-02"),
            (2024, "2024-03-31", "2024-05-05"), (2000, "2000-04-23", "2000-04-30"),
        ]
        for (year, gregorian, julian) in expected {
            #expect(try dates(western, year) == [gregorian])
            #expect(try dates(orthodox, year) == [julian])
        }
        for year in 1900...2200 {
            let sunday = try #require(try western.list(for: year).holidays.first?.date)
            #expect(sunday.weekday == .sun && sunday.month >= 3 && sunday.month <= 4)
        }
    }

    @Test func chineseNewYearIsRightWhereSystemICUIsNot() throws {
        // ICU 72's Chinese calendar says 2027-02-07 and 2030-02-02 (DESIGN.md); Foundation's and the official ones agree.
        let newYear = try calendar("chinese: 01-01", zone: "Asia/Shanghai")
        #expect(try dates(newYear, 2027) == ["2027-02-06"])
        #expect(try dates(newYear, 2030) == ["2030-02-03"])
        #expect(try dates(newYear, 2026) == ["2026-02-17"])
        let eve = try calendar("chinese: 01-01, offset: -1", zone: "Asia/Shanghai")
        #expect(try dates(eve, 2027) == ["2027-02-05"])
        #expect(try dates(try calendar("chinese: 08-15", zone: "Asia/Shanghai"), 2026) == ["2026-09-25"])
    }

    @Test func koreanLunarDatesUseKoreasMeridian() throws {
        // Seollal 2027 is 7 February (KASI), a day after Chinese New Year: the new moon is at 00:56 KST.
        #expect(try dates(try calendar("korean: 01-01", zone: "Asia/Seoul"), 2027) == ["2027-02-07"])
        #expect(try dates(try calendar("korean: 08-15", zone: "Asia/Seoul"), 2026) == ["2026-09-25"])
    }

    @Test func hijriDatesAreEstimates() throws {
        let eid = try calendar("hijri: 10-01", zone: "Asia/Riyadh")
        let holidays = try eid.list(for: 2026).holidays
        #expect(holidays.map { $0.date.description } == ["2026-03-20"])
        #expect(holidays.allSatisfy { $0.estimated })
        // 1 Shawwal falls twice in 2033 (3 January and 23 December by Umm al-Qura).
        #expect(try dates(eid, 2033).count == 2)
    }

    /// Hindu festivals from the lunisolar calendar, against India's DoPT lists for 2025 and 2026.
    @Test func hinduFestivalsAreEstimatesUntilAnnounced() throws {
        let diwali = try calendar("hindu: {month: 7, tithi: 30, at: sunset}", zone: "Asia/Kolkata")
        #expect(try dates(diwali, 2025) == ["2025-10-20"])
        #expect(try dates(diwali, 2026) == ["2026-11-08"])
        #expect(try diwali.list(for: 2026).holidays.allSatisfy(\.estimated))
        let dussehra = try calendar("hindu: {month: 7, tithi: 10, at: afternoon}", zone: "Asia/Kolkata")
        #expect(try dates(dussehra, 2025) == ["2025-10-02"])
        #expect(try dates(dussehra, 2026) == ["2026-10-20"])
        let holi = try calendar("hindu: {month: 12, tithi: 15, at: sunset}", zone: "Asia/Kolkata", extra: ", offset: 1")
        #expect(try dates(holi, 2025) == ["2025-03-14"])
        let announced = try calendar(
            "hindu: {month: 8, tithi: 15}", zone: "Asia/Kolkata", extra: ", announced: {2026: 2026-11-24, 2027: []}")
        #expect(try announced.list(for: 2026).holidays.map { "\($0.date) \($0.estimated)" } == ["2026-11-24 false"])
        #expect(try dates(announced, 2027).isEmpty)
        #expect(throws: TimeError.self) { try calendar("hindu: {month: 13, tithi: 5}") }
        #expect(throws: TimeError.self) { try calendar("hindu: {month: 7, tithi: 31}") }
        #expect(throws: TimeError.self) { try calendar("hindu: {month: 7, tithi: 3, at: dusk}") }
    }

    @Test func nthAndLastWeekdaysAndWeekdaysNearADate() throws {
        #expect(try dates(try calendar("nthWeekday: {month: 11, weekday: thu, nth: 4}"), 2026) == ["2026-11-26"])
        #expect(try dates(try calendar("nthWeekday: {month: 5, weekday: mon, nth: -1}"), 2026) == ["2026-05-25"])
        #expect(try dates(try calendar("weekdayOnOrAfter: {date: 06-20, weekday: sat}"), 2026) == ["2026-06-20"])
        #expect(try dates(try calendar("weekdayOnOrBefore: {date: 05-24, weekday: mon}"), 2026) == ["2026-05-18"])
    }

    @Test func observedAndSubstituteDays() throws {
        let us = try calendar("date: 07-04", extra: ", observed: {sat: -1, sun: 1}")
        #expect(try dates(us, 2026) == ["2026-07-03", "2026-07-04"])
        #expect(try us.list(for: 2026).holidays.map(\.observed) == [true, false])
        // New Year 2028 is a Saturday: observed on Friday 2027-12-31.
        #expect(
            try dates(try calendar("date: 01-01", extra: ", observed: {sat: -1, sun: 1}"), 2027) == [
                "2027-01-01", "2027-12-31",
            ])
        let uk = try calendar("date: 12-25", extra: ", substitute: {on: [sat, sun], skip: [sat, sun]}")
        #expect(try dates(uk, 2027) == ["2027-12-25", "2027-12-27"])
    }

    @Test func japansSubstituteAndCitizensHolidays() throws {
        let japan = try HolidayCalendar.builtIn("JP")
        let may = try japan.list(
            from: try #require(LocalDate(iso: "2026-05-01")), through: try #require(LocalDate(iso: "2026-05-07")))
        #expect(may.holidays.map(\.date.description) == ["2026-05-03", "2026-05-04", "2026-05-05", "2026-05-06"])
        #expect(may.holidays.last?.name(in: "ja") == "振替休日")
        let september = try japan.list(for: 2026).holidays.first { $0.date.description == "2026-09-22" }
        #expect(september?.name(in: "en") == "Citizens' Holiday")
    }

    @Test func chinasScheduleOpensMakeUpWorkdays() throws {
        let china = try HolidayCalendar.builtIn("CN")
        let list = try china.list(for: 2026)
        #expect(
            list.workdays.map(\.date.description) == [
                "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
            ])
        #expect(list.workdays.allSatisfy { $0.source.contains("国办发明电〔2025〕7号") })
        let national = list.holidays.filter { $0.date.month == 10 && $0.date.day <= 7 }.map(\.date.day)
        #expect(Set(national) == Set([1, 2, 3, 5, 6, 7]))  // 4 October is a Sunday
    }

    /// The days a built-in calendar gives in a year, as "date name" in the calendar's language.
    func days(_ market: String, _ year: Int) throws -> [String] {
        let calendar = try HolidayCalendar.builtIn(market)
        return try calendar.list(for: year).holidays.map { "\($0.date) \($0.name(in: calendar.language))" }
    }

    /// Austria's Arbeitsruhegesetz § 7 and Portugal's Código do Trabalho art. 234: fixed and Easter dates.
    @Test func austriaAndPortugalFromTheirStatutes() throws {
        let austria = try days("AT", 2026)
        #expect(austria.count == 13)
        #expect(austria.contains("2026-12-08 Mariä Empfängnis"))
        #expect(austria.contains("2026-06-04 Fronleichnam"))
        #expect(!austria.contains { $0.hasPrefix("2026-04-03") })  // Karfreitag: no holiday since 2019
        let portugal = try days("PT", 2026)
        #expect(portugal.count == 13)
        #expect(portugal.contains("2026-06-10 Dia de Portugal, de Camões e das Comunidades Portuguesas"))
        #expect(portugal.contains("2026-04-25 Dia da Liberdade"))
    }

    /// Switzerland: the federal 1 August, kept on a Saturday (no substitute), and the days nearly all cantons keep.
    @Test func switzerlandsFederalDayAndTheDaysOfNearlyAllCantons() throws {
        let switzerland = try days("CH", 2026)
        #expect(switzerland.contains("2026-08-01 Bundesfeiertag"))
        #expect(switzerland.contains("2026-04-03 Karfreitag"))
        #expect(!switzerland.contains { $0.hasPrefix("2026-08-03") || $0.hasPrefix("2026-12-26") })
    }

    /// Thailand's 2026 list (Cabinet, 2 December 2025): the lunar days as announced, in-lieu days, a special day off.
    @Test func thailandsAnnouncedBuddhistDaysAndInLieuDays() throws {
        let thailand = try HolidayCalendar.builtIn("TH")
        let list = try thailand.list(for: 2026).holidays
        let dates = list.map(\.date.description)
        for day in ["2026-01-02", "2026-03-03", "2026-04-13", "2026-04-15", "2026-05-31", "2026-07-29", "2026-07-30"] {
            #expect(dates.contains(day), "\(day)")
        }
        // Visakha Bucha on Sunday 31 May and King Bhumibol's birthday on Saturday 5 December are made up on Mondays.
        #expect(list.filter(\.observed).map(\.date.description) == ["2026-06-01", "2026-12-07"])
        #expect(!list.contains { $0.estimated })
        // No 2027 list yet: the Buddhist days are estimates (Visakha Bucha on the Vaiśākha full moon).
        let visakha = try thailand.list(for: 2027).holidays.filter { $0.names["en"] == "Visakha Bucha" }
        #expect(visakha.map { "\($0.date) \($0.estimated)" } == ["2027-05-20 true"])
    }

    /// Indonesia's 2026 SKB 3 Menteri: announced lunar, Hijri and Saka dates; cuti bersama are not holidays.
    @Test func indonesiasAnnouncedDatesWithoutCollectiveLeave() throws {
        let indonesia = try days("ID", 2026)
        for day in [
            "2026-01-16 Isra Mikraj Nabi Muhammad", "2026-02-17 Tahun Baru Imlek", "2026-03-19 Hari Suci Nyepi",
            "2026-03-21 Hari Raya Idul Fitri", "2026-03-22 Hari Raya Idul Fitri", "2026-05-31 Hari Raya Waisak",
            "2026-06-01 Hari Lahir Pancasila", "2026-08-25 Maulid Nabi Muhammad",
        ] {
            #expect(indonesia.contains(day), "\(day)")
        }
        #expect(!indonesia.contains { $0.hasPrefix("2026-03-20") })  // cuti bersama Idul Fitri
        // Isra Mikraj (27 Rajab) falls twice in 2027; without an SKB (2028) the Hijri dates are estimates.
        let indonesia2027 = try days("ID", 2027)
        #expect(indonesia2027.filter { $0.hasSuffix("Isra Mikraj Nabi Muhammad") }.count == 2)
        let fitr2028 = try HolidayCalendar.builtIn("ID").list(for: 2028).holidays.filter {
            $0.names["en"] == "Eid al-Fitr"
        }
        #expect(!fitr2028.isEmpty && fitr2028.allSatisfy(\.estimated))
    }

    @Test func badHolidayFilesPointIntoTheFile() {
        #expect(
            throws: TimeError.invalidData(
                path: "XX.yml", line: 6, column: 37,
                message:
                    "unknown key 'sauce' in a holiday (known: name, source, note, offset, span, from, until, every, announced, substitute, observed, estimated, date, nthWeekday, weekdayOnOrAfter, weekdayOnOrBefore, easter, orthodoxEaster, chinese, korean, hijri, equinox, solarTerm, hindu)"
            )
        ) {
            try calendar("date: 01-01, sauce: x")
        }
        #expect(throws: TimeError.self) { try calendar("date: 13-01") }
        #expect(throws: TimeError.self) { try calendar("date: 01-01, easter: 1") }
        #expect(throws: TimeError.unknownMarket("XY", known: HolidayCalendar.builtInMarkets)) {
            try HolidayCalendar.builtIn("XY")
        }
    }
}

/// Equinoxes and Qingming against PyEphem for 2000–2100 (Scripts/solar-terms-fixture.py).
@Suite struct SolarTermTests {
    struct Moment: Decodable { let utc: String, localDate: String }
    struct Fixture: Decodable {
        let marchEquinoxTokyo: [String: Moment]
        let septemberEquinoxTokyo: [String: Moment]
        let qingmingShanghai: [String: Moment]
    }

    static let fixture: Fixture? = {
        guard
            let url = Bundle.module.url(
                forResource: "solar-terms-2000-2100", withExtension: "json", subdirectory: "Fixtures"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return try? JSONDecoder().decode(Fixture.self, from: data)
    }()

    func check(_ rule: String, zone: String, against moments: [String: Moment]) throws {
        let calendar = try HolidayRuleTests().calendar(rule, zone: zone)
        #expect(moments.count == 101)
        var estimates = 0
        for (year, moment) in moments {
            let gregorian = try #require(Int(year))
            let holiday = try #require(try calendar.list(for: gregorian).holidays.first)
            if holiday.estimated {
                estimates += 1
                continue
            }
            #expect(holiday.date.description == moment.localDate, "\(rule) \(year): ephem \(moment.utc)")
        }
        #expect(estimates <= 5)
    }

    @Test func japansEquinoxDays() throws {
        let fixture = try #require(Self.fixture)
        try check("equinox: march", zone: "Asia/Tokyo", against: fixture.marchEquinoxTokyo)
        try check("equinox: september", zone: "Asia/Tokyo", against: fixture.septemberEquinoxTokyo)
    }

    @Test func qingming() throws {
        try check("solarTerm: 15", zone: "Asia/Shanghai", against: try #require(Self.fixture).qingmingShanghai)
    }
}
