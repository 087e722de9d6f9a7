import Testing
@testable import TactfulLint

/// A holiday named by its date: another region's fixed-date holiday beside a word for a holiday.
@Suite struct HolidayDatesTests {
    func culture(_ text: String, _ tag: String) throws -> [Finding] {
        try builtInFindings(text, tag) { $0.rule == "root.culture.occasion" }
    }

    @Test func anotherRegionsHolidayByItsDateIsReportedWithWhoseItIs() throws {
        let july = try #require(try culture("Tu pedido se retrasó por el día festivo del 4 de julio.", "es-MX").first)
        #expect(july.match == "festivo del 4 de julio")
        #expect(july.message.contains("United States") && july.message.contains("Mexico"))
        let bastille = try culture("Nous serons fermés pour fêter le 14 juillet.", "fr-CA")
        // "14 juillet" is also the name of France's day (an occasion of its own), reported as the name.
        #expect(bastille.map(\.match) == ["14 juillet"])
        #expect(bastille.first?.message.contains("France") == true)
        #expect(try culture("因10月1日國慶放假，出貨延後。", "zh-TW").count == 1)
    }

    @Test func theCustomersOwnHolidaysRangesAndAsidesStayClean() throws {
        // Portugal keeps 1 December (Restauração da Independência).
        #expect(try culture("Devido ao feriado de 1 de dezembro, a encomenda segue amanhã.", "pt-PT").isEmpty)
        // A range is the shop's own closing, not one holiday; so is the last day of a range.
        #expect(try culture("Our team is on holiday from 1 to 7 October.", "de-DE").isEmpty)
        #expect(try culture("Cerrado por el puente del 6 al 8 de diciembre.", "es-MX").isEmpty)
        // A clause break stands between the word and the date.
        #expect(try culture("Due to the holiday, please order by 20 March.", "en-SG").isEmpty)
        // A named occasion the customer keeps is judged by its own checks (Canada's Thanksgiving is on a Monday).
        #expect(try culture("Joyeuse Action de grâce, congé le lundi 12 octobre.", "fr-CA").isEmpty)
    }

    @Test func abbreviatedMonthsBesideADayCountAndAMisdatedOccasionIsOneFinding() throws {
        let thanksgiving = try culture("Happy Thanksgiving long weekend (Nov. 27–30)!", "en-CA")
        #expect(thanksgiving.count == 1 && thanksgiving.first?.message.contains("October") == true)
        let mothers = try culture("ของขวัญวันแม่ที่ดีที่สุด สั่งก่อนวันแม่ 11 พ.ค. นี้", "th-TH")
        #expect(mothers.map(\.match) == ["วันแม่ 11 พ.ค."])
    }

    @Test func aOneWordHolidayNameBesideAHolidayWord() throws {
        let tiradentes = try culture("Devido ao feriado de Tiradentes, a encomenda atrasa.", "pt-PT")
        #expect(tiradentes.map(\.match) == ["feriado de Tiradentes"])
        #expect(tiradentes.first?.message.contains("Brazil") == true)
        #expect(try culture("Our warehouse closes for the Ferragosto holiday.", "en-GB").count == 1)
        // The customer's own holiday; a name several calendars keep (regional in Germany: Fronleichnam).
        #expect(try culture("Devido ao feriado de Tiradentes, a encomenda atrasa.", "pt-BR").isEmpty)
        #expect(try culture("Wegen des Feiertags Fronleichnam bleibt das Lager zu.", "de-DE").isEmpty)
    }

    @Test func aKeptOccasionBesideAWeekdayItNeverFallsOn() throws {
        let dinner = try culture("Have a wonderful Thanksgiving dinner with your family next Thursday!", "en-CA")
        #expect(dinner.count == 1 && dinner.first?.message.contains("Monday") == true)
        #expect(try culture("Joyeuse Action de grâce à toi et ta famille ce jeudi!", "fr-CA").count == 1)
        #expect(try culture("Closed for Thanksgiving on Monday.", "en-US").count == 1)
        // The right weekday, and an occasion on a fixed date (any weekday) stay clean.
        #expect(try culture("Happy Thanksgiving this Thursday!", "en-US").isEmpty)
        #expect(try culture("Happy Thanksgiving Monday!", "en-CA").isEmpty)
        #expect(try culture("Am Tag der Deutschen Einheit, diesen Samstag, bleibt das Lager zu.", "de-DE").isEmpty)
    }

    @Test func theHolidayWordsFileIsRead() throws {
        #expect(HolidayNouns.builtIn["es"]?.contains("festivo") == true)
        #expect(throws: PackError.self) { try HolidayNouns.read("words: {}\n", path: "x.yml") }
        #expect(throws: PackError.self) { try HolidayNouns.read("words: {en: [holiday]}\nextra: 1\n", path: "x.yml") }
    }
}
