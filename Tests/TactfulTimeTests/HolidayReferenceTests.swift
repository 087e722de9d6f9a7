import Foundation
import TactfulTime
import Testing

/// Tactful's holiday calendars against python-holidays (an independent implementation with its own sources) for
/// 2025–2027. Every date where they differ is listed here with its reason, and in the market's data file.
@Suite struct HolidayReferenceTests {
    struct Fixture: Decodable {
        struct Market: Decodable {
            let categories: [String]
            let holidays: [String: String]
        }

        let holidaysVersion: String
        let years: [Int]
        let markets: [String: Market]
    }

    static let fixture: Fixture = {
        let url = Bundle.module.url(
            forResource: "python-holidays-2025-2027", withExtension: "json", subdirectory: "Fixtures")
        let data = url.flatMap { try? Data(contentsOf: $0) } ?? Data()
        return (try? JSONDecoder().decode(Fixture.self, from: data))
            ?? Fixture(holidaysVersion: "", years: [], markets: [:])
    }()

    static let markets = [
        "US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "SE", "JP", "KR", "CN", "HK", "TW", "SG", "AU", "CA", "MX",
        "BR", "IN", "SA", "AE", "AT", "CH", "PT", "TH", "ID",
    ]

    /// Known disagreements, keyed "MARKET +DATE" (only Tactful lists a day off) or "MARKET -DATE" (only the reference).
    static let knownDisagreements: [String: String] = [
        "AE +2025-06-26":
            "Umm al-Qura 1 Muharram 1447; the UAE kept the Islamic New Year holiday on Friday 27 June 2025 (moved to the weekend edge, as python-holidays has it)",
        "AE -2025-06-27":
            "the UAE kept the Islamic New Year holiday on Friday 27 June 2025; Tactful's rule gives 1 Muharram (26 June)",
        "AE +2025-09-04":
            "Umm al-Qura 12 Rabi al-Awwal 1447; the UAE kept the Prophet's Birthday holiday on Friday 5 September 2025",
        "AE -2025-09-05":
            "the UAE kept the Prophet's Birthday holiday on Friday 5 September 2025; Tactful's rule gives 12 Rabi al-Awwal (4 September)",
        "AE -2025-12-01":
            "the 2025 National Day holiday was announced for 1–2 December; Tactful's rule gives 2–3 December",
        "AE +2025-12-03":
            "Tactful's rule gives 2–3 December; the 2025 National Day holiday was announced for 1–2 December",
        "AE -2026-03-19":
            "python-holidays counts 19 March 2026 (30 Ramadan by Umm al-Qura) as an Eid al-Fitr holiday; Tactful models 1–3 Shawwal only (not verified against the 2026 announcement)",
        "AE -2026-06-15":
            "python-holidays 0.109 has the Islamic New Year on 15 June 2026 (announced or moved date, not independently verified); Umm al-Qura gives 16 June",
        "AE +2026-06-16":
            "Umm al-Qura 1 Muharram 1448; python-holidays 0.109 has 15 June (announced or moved date, not independently verified)",
        "AE +2026-08-25":
            "Umm al-Qura 12 Rabi al-Awwal 1448; python-holidays 0.109 moves the holiday to Friday 28 August (not independently verified)",
        "AE -2026-08-28":
            "python-holidays 0.109 moves the Prophet's Birthday holiday to Friday 28 August 2026 (not independently verified); Umm al-Qura gives 25 August",
        "CH +2025-04-18":
            "Karfreitag is kept in every canton but Valais and Ticino; python-holidays lists only the days every canton keeps",
        "CH +2025-04-21":
            "Ostermontag is kept in every canton but Valais; python-holidays lists only the days every canton keeps",
        "CH +2025-06-09":
            "Pfingstmontag is kept in every canton but Valais; python-holidays lists only the days every canton keeps",
        "CH +2026-04-03":
            "Karfreitag is kept in every canton but Valais and Ticino; python-holidays lists only the days every canton keeps",
        "CH +2026-04-06":
            "Ostermontag is kept in every canton but Valais; python-holidays lists only the days every canton keeps",
        "CH +2026-05-25":
            "Pfingstmontag is kept in every canton but Valais; python-holidays lists only the days every canton keeps",
        "CH +2027-03-26":
            "Karfreitag is kept in every canton but Valais and Ticino; python-holidays lists only the days every canton keeps",
        "CH +2027-03-29":
            "Ostermontag is kept in every canton but Valais; python-holidays lists only the days every canton keeps",
        "CH +2027-05-17":
            "Pfingstmontag is kept in every canton but Valais; python-holidays lists only the days every canton keeps",
        "ES +2025-10-12":
            "falls on a Sunday: Tactful lists the holiday on its own date, python-holidays leaves it out (no national substitute; regions may move it)",
        "ES +2026-11-01":
            "falls on a Sunday: Tactful lists the holiday on its own date, python-holidays leaves it out (no national substitute; regions may move it)",
        "ES +2026-12-06":
            "falls on a Sunday: Tactful lists the holiday on its own date, python-holidays leaves it out (no national substitute; regions may move it)",
        "ES +2027-08-15":
            "falls on a Sunday: Tactful lists the holiday on its own date, python-holidays leaves it out (no national substitute; regions may move it)",
        "HK +2026-04-05":
            "falls on a Sunday: Tactful lists the holiday on its own date, python-holidays leaves it out (the substitute day follows in Hong Kong)",
        "HK +2026-05-24":
            "falls on a Sunday: Tactful lists the holiday on its own date, python-holidays leaves it out (the substitute day follows in Hong Kong)",
        "HK +2026-10-18":
            "falls on a Sunday: Tactful lists the holiday on its own date, python-holidays leaves it out (the substitute day follows in Hong Kong)",
        "HK +2027-02-07":
            "falls on a Sunday: Tactful lists the holiday on its own date, python-holidays leaves it out (the substitute day follows in Hong Kong)",
        "IN +2027-03-09":
            "Umm al-Qura estimate of Id-ul-Fitr 2027; India's date follows Indian moon sighting and the DoPT list, which could not be sourced for 2027 (python-holidays 0.109 estimates 10 March)",
        "IN -2027-03-10":
            "python-holidays 0.109 estimates Id-ul-Fitr 2027 on 10 March, a day after Tactful's Umm al-Qura estimate (9 March)",
        "IN +2027-04-19":
            "Mahavir Jayanti 2027 computed as Caitra śukla trayodaśī at sunrise in Ujjain (19 April); python-holidays 0.109 has 18 April; no 2027 DoPT list could be sourced",
        "IN -2027-04-18":
            "python-holidays 0.109 has Mahavir Jayanti on 18 April 2027; Tactful's computed estimate is 19 April",
        "IN +2027-05-16":
            "Umm al-Qura estimate of Id-ul-Zuha 2027; python-holidays 0.109 estimates 17 May (Indian moon sighting is often a day later)",
        "IN -2027-05-17":
            "python-holidays 0.109 estimates Id-ul-Zuha 2027 on 17 May, a day after Tactful's Umm al-Qura estimate (16 May)",
        "IN +2027-06-15":
            "Umm al-Qura estimate of Muharram (Ashura) 2027; python-holidays 0.109 estimates 16 June",
        "IN -2027-06-16":
            "python-holidays 0.109 estimates Muharram (Ashura) 2027 on 16 June, a day after Tactful's Umm al-Qura estimate (15 June)",
        "IN +2027-08-14":
            "Umm al-Qura estimate of Milad-un-Nabi 2027 (12 Rabi al-Awwal); python-holidays 0.109 estimates 15 August, which is Independence Day",
        "IT -2025-11-02":
            "Giorno dell'Unità Nazionale is celebrated on the first Sunday of November and has not been a day off since Legge 54/1977; python-holidays lists it",
        "IT -2027-11-07":
            "Giorno dell'Unità Nazionale is celebrated on the first Sunday of November and has not been a day off since Legge 54/1977; python-holidays lists it",
        "NL -2025-04-18":
            "Goede Vrijdag is not an algemeen erkende feestdag (Algemene termijnenwet art. 3); python-holidays lists it",
        "NL -2026-04-03":
            "Goede Vrijdag is not an algemeen erkende feestdag (Algemene termijnenwet art. 3); python-holidays lists it",
        "NL -2027-03-26":
            "Goede Vrijdag is not an algemeen erkende feestdag (Algemene termijnenwet art. 3); python-holidays lists it",
        "SG +2027-03-09":
            "Umm al-Qura estimate of Hari Raya Puasa; Singapore's date (MUIS) can be a day later and is announced by MOM",
        "SG -2027-03-10":
            "python-holidays 0.109 has Hari Raya Puasa on 10 March 2027; Tactful's Umm al-Qura estimate is 9 March",
        "SG +2027-05-16":
            "Umm al-Qura estimate of Hari Raya Haji; Singapore's date (MUIS) can be a day later and is announced by MOM",
        "TH +2027-02-20":
            "Makha Bucha 2027 estimated as the Indian Māgha full moon (20 February); the Thai lunar calendar's 15th waxing day of the 3rd month is 21 February (python-holidays); no 2027 list yet",
        "TH -2025-01-11":
            "National Children's Day (second Saturday of January) is no day off; python-holidays lists it as public",
        "TH -2026-01-10":
            "National Children's Day (second Saturday of January) is no day off; python-holidays lists it as public",
        "TH -2027-01-09":
            "National Children's Day (second Saturday of January) is no day off; python-holidays lists it as public",
        "TH -2027-02-21":
            "python-holidays 0.109 has Makha Bucha on 21 February 2027 (Thai lunar calendar); Tactful's estimate is 20 February",
    ]

    /// Agreement with python-holidays per market and year: (dates both list, dates either lists). India was
    /// (5, 17), (5, 18), (5, 18) before its festivals were computed, Singapore's 2027 (11, 16).
    static let agreement: [String: [Int: (both: Int, either: Int)]] = [
        "AE": [2025: (9, 15), 2026: (10, 15), 2027: (12, 12)],
        "AT": [2025: (13, 13), 2026: (13, 13), 2027: (13, 13)],
        "AU": [2025: (7, 7), 2026: (7, 7), 2027: (7, 7)],
        "BR": [2025: (10, 10), 2026: (10, 10), 2027: (10, 10)],
        "CA": [2025: (5, 5), 2026: (5, 5), 2027: (6, 6)],
        "CH": [2025: (4, 7), 2026: (4, 7), 2027: (4, 7)],
        "CN": [2025: (19, 19), 2026: (22, 22), 2027: (19, 19)],
        "DE": [2025: (9, 9), 2026: (9, 9), 2027: (9, 9)],
        "ES": [2025: (9, 10), 2026: (8, 10), 2027: (9, 10)],
        "FR": [2025: (11, 11), 2026: (11, 11), 2027: (11, 11)],
        "GB": [2025: (6, 6), 2026: (7, 7), 2027: (8, 8)],
        "HK": [2025: (17, 17), 2026: (17, 20), 2027: (17, 18)],
        "ID": [2025: (17, 17), 2026: (17, 17), 2027: (18, 18)],
        "IN": [2025: (17, 17), 2026: (18, 18), 2027: (14, 23)],
        "IT": [2025: (12, 13), 2026: (13, 13), 2027: (13, 14)],
        "JP": [2025: (19, 19), 2026: (18, 18), 2027: (17, 17)],
        "KR": [2025: (19, 19), 2026: (22, 22), 2027: (24, 24)],
        "MX": [2025: (7, 7), 2026: (7, 7), 2027: (7, 7)],
        "NL": [2025: (10, 11), 2026: (9, 10), 2027: (9, 10)],
        "PL": [2025: (14, 14), 2026: (14, 14), 2027: (14, 14)],
        "PT": [2025: (13, 13), 2026: (13, 13), 2027: (13, 13)],
        "SA": [2025: (13, 13), 2026: (13, 13), 2027: (12, 12)],
        "SE": [2025: (13, 13), 2026: (13, 13), 2027: (13, 13)],
        "SG": [2025: (12, 12), 2026: (14, 14), 2027: (11, 14)],
        "TH": [2025: (25, 26), 2026: (22, 23), 2027: (23, 26)],
        "TW": [2025: (18, 18), 2026: (22, 22), 2027: (24, 24)],
        "US": [2025: (11, 11), 2026: (12, 12), 2027: (15, 15)],
    ]

    @Test(arguments: markets) func agreementPerMarketAndYear(_ market: String) throws {
        let calendar = try HolidayCalendar.builtIn(market)
        let reference = Set(try #require(Self.fixture.markets[market]).holidays.keys)
        for year in Self.fixture.years {
            let ours = Set(try calendar.list(for: year).holidays.map(\.date.description))
            let theirs = reference.filter { $0.hasPrefix("\(year)-") }
            let expected = try #require(Self.agreement[market]?[year])
            #expect(ours.intersection(theirs).count == expected.both, "\(market) \(year)")
            #expect(ours.union(theirs).count == expected.either, "\(market) \(year)")
        }
    }

    /// The dates on which the two calendars differ, in the allow-list's key form.
    func differences(_ market: String) throws -> Set<String> {
        let calendar = try HolidayCalendar.builtIn(market)
        let reference = Set(try #require(Self.fixture.markets[market]).holidays.keys)
        var ours: Set<String> = []
        for year in Self.fixture.years { ours.formUnion(try calendar.list(for: year).holidays.map(\.date.description)) }
        return Set(
            ours.subtracting(reference).map { "\(market) +\($0)" }
                + reference.subtracting(ours).map { "\(market) -\($0)" })
    }

    @Test func fixtureCoversEveryMarket() {
        #expect(Self.fixture.holidaysVersion == "0.109")
        #expect(Self.fixture.years == [2025, 2026, 2027])
        #expect(Set(Self.fixture.markets.keys) == Set(Self.markets))
        #expect(Set(HolidayCalendar.builtInMarkets) == Set(Self.markets))
    }

    @Test(arguments: markets) func agreesWithPythonHolidaysOrExplainsWhy(_ market: String) throws {
        let found = try differences(market)
        let known = Set(Self.knownDisagreements.keys.filter { $0.hasPrefix(market + " ") })
        #expect(found.subtracting(known).isEmpty, "unexplained: \(found.subtracting(known).sorted())")
        #expect(known.subtracting(found).isEmpty, "no longer differing, remove: \(known.subtracting(found).sorted())")
    }

    @Test(arguments: markets) func theDataFileRecordsTheSameDisagreements(_ market: String) throws {
        let recorded = try HolidayCalendar.builtIn(market).knownDisagreements
        let keys = Set(recorded.map { "\(market) \($0.tactfulLists ? "+" : "-")\($0.date)" })
        #expect(keys == Set(Self.knownDisagreements.keys.filter { $0.hasPrefix(market + " ") }))
        for entry in recorded {
            let key = "\(market) \(entry.tactfulLists ? "+" : "-")\(entry.date)"
            #expect(Self.knownDisagreements[key] == entry.reason, "\(key)")
        }
    }
}
