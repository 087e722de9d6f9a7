import Testing
@testable import TactfulLint
import TactfulMarkets

/// Numeric dates, with and without a year, judged by the market's own CLDR pattern.
@Suite struct NumericDateTests {
    func dates(_ text: String, _ tag: String) throws -> [Finding] {
        try builtInFindings(text, tag) { $0.rule == "root.date-time.numeric-date" }
    }

    @Test func aDayAndMonthInAnotherMarketsOrderIsReported() throws {
        // Only month-first makes sense of 12/20; a British customer reads day first.
        let british = try #require(try dates("Your parcel should arrive by 12/20.", "en-GB").first)
        #expect(british.match == "12/20")
        #expect(british.fixes.map(\.replacement) == ["20 December"])
        // Germans write 3.12.; a slash pair could be either, and both readings are offered.
        let german = try #require(try dates("Die Lieferung kommt am 03/12 an.", "de-DE").first)
        #expect(german.fixes.count == 2)
    }

    @Test func aBracketedWeekdaySettlesWhichDayIsMeant() throws {
        // A day and month whose two readings fall on different weekdays in each year around today.
        let year = LintContext.today().year
        func weekdays(_ month: Int, _ day: Int) -> Set<Int> {
            Set((year - 1...year + 1).map { DateCheck.weekday(year: $0, month: month, day: day) })
        }
        let pair = try #require(
            (5...12).flatMap { m in (5...12).map { (m, $0) } }.first { m, d in
                m != d && weekdays(m, d).count == 3 && weekdays(m, d).isDisjoint(with: weekdays(d, m))
            })
        let korean = ["일", "월", "화", "수", "목", "금", "토"]
        let monthFirst = korean[DateCheck.weekday(year: year, month: pair.0, day: pair.1) - 1]
        let dayFirst = korean[DateCheck.weekday(year: year, month: pair.1, day: pair.0) - 1]
        // Korea writes M. d.: a slash pair may be read either way, unless its weekday says which.
        #expect(try dates("회수 기사님이 \(pair.0)/\(pair.1) 방문할 예정입니다.", "ko-KR").count == 1)
        #expect(try dates("회수 기사님이 \(pair.0)/\(pair.1)(\(monthFirst)) 방문할 예정입니다.", "ko-KR").isEmpty)
        #expect(try dates("회수 기사님이 \(pair.0)/\(pair.1)(\(dayFirst)) 방문할 예정입니다.", "ko-KR").count == 1)
        #expect(DateCheck.weekday(year: 2025, month: 5, day: 6) == 3)  // a Tuesday
    }

    @Test func canadaWritesBothOrdersSoEveryAmbiguousDateIsReported() throws {
        #expect(try dates("Your parcel should arrive by 12/06.", "en-CA").map(\.match) == ["12/06"])
        #expect(try dates("Your parcel should arrive by 12/15.", "en-CA").isEmpty)
        #expect(try dates("Your parcel should arrive on 2026-12-06.", "en-CA").isEmpty)
    }

    @Test func hongKongReadsADayAndMonthBothWaysButAFullDateDayFirst() throws {
        #expect(try dates("預計6/7前發貨。", "zh-HK").map(\.match) == ["6/7"])
        // CLDR's Hong Kong pattern is day first (d/M): 6/25 only makes sense in another order.
        #expect(try dates("預計6/25前發貨。", "zh-HK").map(\.match) == ["6/25"])
        #expect(try dates("預計25/6前發貨。", "zh-HK").isEmpty)
        #expect(try dates("預計06/07/2027前發貨。", "zh-HK").isEmpty)
        #expect(try dates("預計12/25/2027前發貨。", "zh-HK").map(\.match) == ["12/25/2027"])
    }

    @Test func dayFirstEnglishAndArabicMarketsReportAnAmbiguousDayAndMonth() throws {
        // Month-first dates are everyday English online; their style guides write the month out in running text.
        for tag in ["en-GB", "en-AU", "en-IN", "en-SG"] {
            #expect(try dates("Your parcel should arrive by 05/06.", tag).map(\.match) == ["05/06"])
            #expect(try dates("Your parcel should arrive by 12/20.", tag).map(\.match) == ["12/20"])
            #expect(try dates("Your parcel should arrive by 20/12.", tag).isEmpty)
            #expect(try dates("Your parcel should arrive on 05/06/2027.", tag).isEmpty)
        }
        #expect(try dates("سيصل طلبك يوم 05/06.", "ar-SA").map(\.match) == ["05/06"])
        #expect(try dates("سيصل طلبك يوم 05/06/2027.", "ar-AE").isEmpty)
        // France reads 05/06 as 5 June, as its own order.
        #expect(try dates("Votre colis arrivera le 05/06.", "fr-FR").isEmpty)
    }

    @Test func mainlandChinaReportsAnAmbiguousSlashDayAndMonth() throws {
        // Mainland China writes 12月5日 or 2026-12-05; a slash pair without a year is read both ways.
        #expect(try dates("预计12/05发出。", "zh-CN").map(\.match) == ["12/05"])
        #expect(try dates("预计12/25发出。", "zh-CN").isEmpty)  // only month first makes sense
        #expect(try dates("预计2026/12/05发出。", "zh-CN").isEmpty)  // year first: CLDR's own order
    }

    @Test func aRangeThatReadsPlausiblyOnlyInTheCustomersOrderIsSettled() throws {
        // 5 to 8 October, the Chuseok holiday; read day first it would run from 10 May to 10 August.
        #expect(try dates("추석 연휴(10/5~10/8) 동안 택배사가 휴무입니다.", "ko-KR").isEmpty)
        #expect(try dates("중국 춘절 연휴로 2/10~2/17 출고가 중단됩니다.", "ko-KR").isEmpty)
        #expect(try dates("预计12/05–12/08发出。", "zh-CN").isEmpty)
        // Alone, the same pair is still ambiguous.
        #expect(try dates("05/06까지 회신이 없으면 주문이 취소됩니다.", "ko-KR").map(\.match) == ["05/06"])
        // Plausible only month first, which a British customer does not read: judged date by date as before.
        #expect(try dates("We are closed 12/20–12/27.", "en-GB").map(\.match) == ["12/20", "12/27"])
        #expect(try dates("Your parcel ships 06/01–06/03.", "en-GB").map(\.match) == ["06/01", "06/03"])
        // Plausible only day first, a British customer's order: 1 to 3 June.
        #expect(try dates("Your parcel ships 01/06–03/06.", "en-GB").isEmpty)
    }

    @Test func plausibleRangesRunForwardWithinAMonth() {
        #expect(DateCheck.plausibleRange(from: (10, 5), to: (10, 8)))
        #expect(DateCheck.plausibleRange(from: (12, 28), to: (1, 3)))  // into the new year
        #expect(!DateCheck.plausibleRange(from: (5, 10), to: (8, 10)))  // three months
        #expect(!DateCheck.plausibleRange(from: (10, 8), to: (10, 5)))  // backwards
        #expect(!DateCheck.plausibleRange(from: (2, 30), to: (3, 2)))  // no 30 February
    }

    @Test func arabicIndicDigitsAreReadAsDigits() throws {
        // Month first makes the only sense of ١٢/٢٥/٢٠٢٦ (12/25/2026); a customer in the UAE reads day first.
        let date = try #require(try dates("سيصل طلبك يوم ١٢/٢٥/٢٠٢٦ إن شاء الله.", "ar-AE").first)
        #expect(date.match == "١٢/٢٥/٢٠٢٦")
        #expect(date.fixes.count == 1)
        #expect(DateCheck.number("٠٣") == 3)
        #expect(DateCheck.number("0x") == nil)
    }

    @Test func aDateRightAfterAHanWordIsADate() throws {
        #expect(try dates("出貨日期為05/01/2027，屆時會以簡訊通知您。", "zh-TW").map(\.match) == ["05/01/2027"])
    }

    @Test func theMarketsOwnDayAndMonthPatternIsClean() throws {
        // Japan writes M/d without a year (CLDR `Md`), though its full dates are year first.
        #expect(try dates("6/7に発送いたします。", "ja-JP").isEmpty)
        #expect(try dates("We ship on 6/7.", "en-US").isEmpty)
        #expect(try dates("We ship on 20/12.", "en-GB").isEmpty)
    }

    @Test func anEnglishDateInAReplyOfAnotherLanguageGetsTheMarketsSpelling() throws {
        let polish = try #require(try dates("Paczka dotrze Dec 10.", "pl-PL").first)
        #expect(polish.match == "Dec 10")
        #expect(polish.fixes.first?.replacement == "10 grudnia")
        #expect(polish.fixes.first?.safe == true)
        #expect(try dates("お支払いはDec 10までにお願いいたします。", "ja-JP").first?.fixes.first?.replacement == "12月10日")
        #expect(try dates("Pesanan tiba Dec 8, 2026.", "id-ID").first?.fixes.first?.replacement == "8 Desember 2026")
        // English replies, the market's own month names, and a brand that is a month name stay clean.
        #expect(try dates("It arrives on Dec 10.", "en-GB").isEmpty)
        #expect(try dates("Das Paket kommt am 10. Dezember.", "de-DE").isEmpty)
        #expect(try dates("Die Marke May Fair ist schön.", "de-DE").isEmpty)
    }

    @Test func slashPairsThatAreNotDatesStayClean() throws {
        for text in [
            "Support is open 24/7.", "Fill the bottle 3/4 full.", "Size S/M fits.",
            "Model A1/2 is back.", "The discount is 30/40 % off.", "Das kostet 12.6 Euro.", "Es dauert 5-6 Tage.",
        ] {
            #expect(try dates(text, "de-DE").isEmpty, "\(text)")
        }
    }
}
