import TactfulICU
import Testing

@Suite struct DateSymbolsTests {
    private func months(_ tag: String) throws -> [ICU.MonthNameStyle: [String]] {
        try ICU.monthNames(locale: ICU.LocaleID(tag: tag))
    }

    @Test func monthNamesComeFromTheLocalesData() throws {
        let german = try months("de-DE")
        #expect(german[.wide]?[2] == "März" && german[.wide]?.count == 12)
        #expect(try months("fr-FR")[.wide]?[2] == "mars")
        #expect(try months("es-ES")[.wide]?[2] == "marzo")
        #expect(try months("ja-JP")[.wide]?[2] == "3月")
        #expect(try months("en-US")[.abbreviated]?[8] == "Sep")
    }

    @Test func datesInsideAndStandingAloneDifferWhereTheLanguageDeclines() throws {
        let polish = try months("pl-PL")
        #expect(polish[.wide]?[2] == "marca" && polish[.standaloneWide]?[2] == "marzec")
    }

    @Test func theGregorianMonthsEvenWhereTheLocaleUsesAnotherCalendar() throws {
        // Persian locales default to the Persian calendar; a draft's "2026" dates are Gregorian.
        #expect(try months("fa-IR")[.wide]?[0] == "ژانویهٔ")  // January in a date, not Farvardin (the Persian first)
        #expect(try months("th-TH")[.wide]?[0] == "มกราคม")
    }
}
