import TactfulCalendarOccasions
import Testing
@testable import TactfulLint
import TactfulMarkets
import TactfulTime
import TactfulICU

/// Occasions from the calendars: named to a customer who does not keep them, and festive wishes on days of mourning.
@Suite struct OccasionRuleTests {
    func occasions(_ text: String, _ tag: String) throws -> [Finding] {
        try builtInFindings(text, tag) { $0.rule == "root.culture.occasion" }
    }

    @Test func everyCalendarLinkNamesAHolidayOfThatCalendar() throws {
        #expect(!Occasion.builtIn.isEmpty)
        for occasion in Occasion.builtIn {
            for link in occasion.holiday {
                let calendar = try HolidayCalendar.builtIn(link.region)
                let names = try (2025...2027).flatMap {
                    try calendar.list(for: $0).holidays.compactMap { $0.names["en"] }
                }
                #expect(names.contains(link.name), "\(occasion.id): \(link.region) has no holiday '\(link.name)'")
            }
        }
    }

    @Test func aHolidayTheCustomerDoesNotKeepIsReportedWithItsDate() throws {
        let finding = try #require(try occasions("Happy Thanksgiving! Your order ships on Monday.", "en-GB").first)
        #expect(finding.match == "Happy Thanksgiving")  // one finding for the longest name
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("United States") && finding.message.contains("November"))
        #expect(try occasions("Wegen Tag der Deutschen Einheit bleibt das Lager geschlossen.", "de-AT").count == 1)
        #expect(try occasions("¡Feliz Día de la Hispanidad!", "es-MX").count == 1)
        #expect(try occasions("Don't miss our Boxing Day sale.", "en-US").count == 1)
        #expect(try occasions("Happy Thanksgiving 🦃 ฉลองวันขอบคุณพระเจ้ากับเรา!", "th-TH").count == 2)
    }

    @Test func theCustomersOwnOccasionsStayClean() throws {
        #expect(try occasions("Happy Thanksgiving! Your order ships on Monday.", "en-US").isEmpty)
        #expect(try occasions("Happy Thanksgiving from our team!", "en-CA").isEmpty)  // Canada keeps it, in October
        #expect(try occasions("Am Tag der Deutschen Einheit bleibt das Lager geschlossen.", "de-DE").isEmpty)
        #expect(try occasions("Don't miss our Boxing Day sale.", "en-AU").isEmpty)
        #expect(try occasions("春节期间仓库休息。", "zh-CN").isEmpty)
        #expect(try occasions("清明节期间仓库休息。", "zh-CN").isEmpty)
        // Names several countries share are kept wherever one of them is: India's own Independence Day, Korea's
        // Memorial Day (현충일).
        #expect(try occasions("Happy Independence Day to our customers!", "en-IN").isEmpty)
        #expect(try occasions("Frohe Weihnachten und einen guten Rutsch!", "de-DE").isEmpty)
        #expect(try occasions("Our office is closed on Memorial Day.", "ko-KR").isEmpty)
    }

    @Test func aNameSeveralCountriesShareIsForeignWhereNoneOfThemIsKept() throws {
        #expect(try occasions("Our office is closed on Memorial Day.", "en-GB").count == 1)
        #expect(try occasions("Gültig bis zum Independence Day am 4. Juli.", "de-DE").count == 1)
        #expect(try occasions("Kami libur karena Senin Paskah.", "id-ID").count == 1)
        #expect(try occasions("Am Ostermontag bleibt das Lager geschlossen.", "de-DE").isEmpty)
        #expect(try occasions("We're closed on Easter Monday.", "en-GB").isEmpty)
    }

    @Test func onlyTheDateOfTheHolidayItselfIsChecked() throws {
        // The name's own day beside it clears the dates around it; a date outside an aside that holds the name is not
        // the holiday's; a US federal holiday is checked against its own day.
        #expect(try occasions("7月1日（星期二）香港特別行政區成立紀念日，客服暫停一天，7月2日照常回覆。", "zh-HK").isEmpty)
        #expect(try occasions("We'll ship it by November 20 (we're closed on Thanksgiving Day).", "en-US").isEmpty)
        #expect(try occasions("USPS doesn't deliver on Veterans Day (11/11).", "en-US").isEmpty)
        #expect(try occasions("We're closed on Thanksgiving Day (November 20).", "en-US").count == 1)
        // Canada keeps Labor Day on the same Monday; a holiday the customer keeps is what its holiday words mean.
        #expect(try occasions("Enjoy the Labor Day weekend!", "en-CA").isEmpty)
        #expect(try occasions("Enjoy the Labor Day weekend!", "en-GB").count == 1)
        #expect(
            try occasions("추석 연휴(10월 3일~10월 9일) 동안 쉽니다. 연휴 중 접수된 주문은 10월 10일부터 발송됩니다.", "ko-KR").isEmpty)
        // A date set after or before the day is not the day.
        #expect(try occasions("추석 연휴가 끝난 뒤 10월 10일부터 순차 발송됩니다.", "ko-KR").isEmpty)
        #expect(try occasions("Thanksgiving Day orders ship after November 30.", "en-US").isEmpty)
        // Korean by word: 전 and 후 start other words (전화, 후기).
        #expect(OccasionRule.relatesDays("연휴가 끝난 뒤 ", language: "ko", spaced: true))
        #expect(OccasionRule.relatesDays(" 전에 ", language: "ko", spaced: true))
        #expect(!OccasionRule.relatesDays(" 전화 상담은 ", language: "ko", spaced: true))
    }

    @Test func aChristmasGreetingToTheGulfIsReportedButNotTheChristmasRush() throws {
        #expect(try occasions("نتمنى لك عيد ميلاد مجيداً 🎄", "ar-SA").count == 1)
        #expect(try occasions("Merry Christmas from our team!", "ar-AE").count == 1)
        // Kept as a public holiday, or widely as a secular occasion: Japan, mainland China.
        #expect(try occasions("Merry Christmas from our team!", "ja-JP").isEmpty)
        #expect(try occasions("Merry Christmas! Your parcel ships tomorrow.", "en-GB").isEmpty)
        // The name alone explains a delay: not a greeting.
        #expect(try occasions("قد يتأخر الشحن بسبب عطلة عيد الميلاد في أوروبا.", "ar-SA").isEmpty)
    }

    @Test func aNationalDayRangeThatMissesTheCustomersDayIsReported() throws {
        // Taiwan's 國慶日 is 10 October; the mainland's week runs from 1 October.
        #expect(try occasions("因國慶長假（10月1日至7日）期間倉庫休息，出貨會延遲。", "zh-TW").count == 1)
        #expect(try occasions("國慶節長假（10月1日－10月7日）期間暫停出貨。", "zh-TW").count == 1)
        #expect(try occasions("因国庆长假（10月1日至7日）期间仓库休息，发货会延迟。", "zh-CN").isEmpty)
        #expect(try occasions("國慶連假（10月9日至11日）期間暫停出貨。", "zh-TW").isEmpty)
        #expect(try occasions("國慶連假（10月9日－10月11日）期間暫停出貨。", "zh-TW").isEmpty)
        #expect(try occasions("国慶節の連休のため、発送が遅れます。", "ja-JP").count == 1)
        // A slash pair of small numbers is read in the customer's order: month first in Taiwan and the mainland.
        #expect(try occasions("因國慶節長假（10/1-10/7）倉庫放假，訂單將於10/8出貨。", "zh-TW").count == 1)
        #expect(try occasions("因国庆节长假（10/1-10/7）仓库放假，订单将于10/8发货。", "zh-CN").isEmpty)
        #expect(try occasions("國慶連假（10/9-10/11）期間暫停出貨。", "zh-TW").isEmpty)
        // Two holidays named together with a list of their days: judged as the range of those days.
        #expect(try occasions("由於聖誕節及聖誕節後第一個周日（12月25日及26日）公眾假期，速遞暫停派件。", "zh-HK").isEmpty)
    }

    @Test func eachGermanSpeakingMarketKeepsItsNationalHolidayOnItsOwnDay() throws {
        #expect(try occasions("Wir wünschen Ihnen einen schönen Nationalfeiertag!", "nl-NL").count == 1)
        // ICU ends a sentence after "3." before a capital: the day is still beside the name.
        #expect(try occasions("Wir wünschen Ihnen einen schönen Nationalfeiertag am 3. Oktober!", "de-CH").count == 1)
        #expect(try occasions("Am 4. Oktober ist Tag der Deutschen Einheit.", "de-DE").count == 1)
        #expect(try occasions("Frohe Ostern! Am 6. April 2026 ist unser Lager geschlossen.", "de-DE").isEmpty)
        #expect(try occasions("Wir wünschen Ihnen einen schönen Nationalfeiertag am 3. Oktober!", "de-DE").isEmpty)
        #expect(try occasions("Am Nationalfeiertag bleibt unser Lager geschlossen.", "de-AT").isEmpty)
        #expect(try occasions("춘절 연휴로 인해 배송이 지연됩니다.", "ko-KR").count == 1)
        #expect(try occasions("설날 연휴로 인해 배송이 지연됩니다.", "ko-KR").isEmpty)
        // The day a few words before the name, in one clause.
        #expect(try occasions("Este 5 de mayo celebramos contigo el Día de la Independencia.", "es-MX").count == 1)
    }

    @Test func aMerryWishOnPolandsDayOfVisitingGravesIsReported() throws {
        #expect(try occasions("Wesołego Dnia Wszystkich Świętych!", "pl-PL").count == 1)
        #expect(try occasions("W Dzień Wszystkich Świętych sklep jest zamknięty.", "pl-PL").isEmpty)
    }

    @Test func aPartyWordOrEmojiBesideADayOfMourningIsReportedAtTheWish() throws {
        let polish = try occasions(
            "Z okazji Wszystkich Świętych mamy dla Pani kod rabatowy – wesołej zabawy!", "pl-PL")
        #expect(polish.map(\.match) == ["wesołej zabawy"])
        #expect(polish.first?.fixes.isEmpty == true)  // the customary wish replaces a greeting, not a party word
        let dutch = try occasions("Op 4 mei hebben we een speciale Dodenherdenking-actie 🎉 met korting.", "nl-NL")
        #expect(dutch.map(\.match) == ["🎉"])
        #expect(try occasions("현충일을 맞아 즐거운 할인 이벤트를 준비했어요!", "ko-KR").map(\.match) == ["즐거운"])
        // An emoji away from the name, and a name with no wish, stay clean.
        #expect(try occasions("🎉 Z okazji Wszystkich Świętych sklep jest zamknięty.", "pl-PL").isEmpty)
        #expect(try occasions("Op 4 mei, Dodenherdenking, is onze klantenservice gesloten.", "nl-NL").isEmpty)
    }

    @Test func mainlandChinasOctoberWeekIsNotKeptInHongKongOrTaiwan() throws {
        #expect(try occasions("因為十一長假，物流會延遲。", "zh-TW").count == 1)
        #expect(try occasions("由於國慶黃金周，物流會延遲。", "zh-HK").count == 1)
        #expect(try occasions("因为十一长假，物流会延迟。", "zh-CN").isEmpty)
    }

    @Test func aClosureAtAPlaceThatKeepsTheHolidayIsAFactButAWishIsNot() throws {
        // The sentence names where the holiday is kept: the customer learns what it means for them.
        #expect(try occasions("춘절 연휴로 중국 물류센터 출고가 지연되고 있습니다.", "ko-KR").isEmpty)
        #expect(try occasions("中国の工場が春節の休業に入っていたため、出荷が遅れております。", "ja-JP").isEmpty)
        #expect(try occasions("Our warehouse in Shenzhen was closed for Chinese New Year.", "en-US").isEmpty)
        // A wish in the sentence greets the customer for a holiday they do not keep, wherever it is named.
        #expect(try occasions("고객님도 즐거운 중국 설 보내시기 바랍니다!", "ko-KR").count == 1)
        #expect(try occasions("中国の旧正月おめでとうございます！", "ja-JP").count == 1)
        // A place that does not keep it excuses nothing.
        #expect(try occasions("Our warehouse in Germany is closed for Chinese New Year.", "en-US").count == 1)
        #expect(try occasions("Our warehouse is closed for Chinese New Year.", "en-US").count == 1)
    }

    @Test func aDistinctiveCalendarHolidayIsAnOccasionOfItsRegion() throws {
        // Names the curated list does not have, from the calendars (their own language, English, python-holidays' others).
        let finding = try #require(try occasions("Our warehouse is closed on Washington's Birthday.", "en-GB").first)
        #expect(finding.match == "Washington's Birthday")
        #expect(finding.message.contains("United States") && finding.message.contains("February"))
        #expect(try occasions("Our warehouse is closed on Washington's Birthday.", "en-US").isEmpty)
        #expect(try occasions("Our office is closed on the Early May bank holiday.", "en-US").count == 1)
        #expect(try occasions("Our office is closed on the Early May bank holiday.", "en-GB").isEmpty)
        // One name per CJK script: kept by Japan, Hong Kong and Korea; reported elsewhere, clean at home.
        #expect(try occasions("敬老の日は休業いたします。", "zh-TW").count == 1)
        #expect(try occasions("敬老の日は休業いたします。", "ja-JP").isEmpty)
        #expect(try occasions("香港特別行政區成立紀念日倉庫休息。", "zh-TW").count == 1)
        #expect(try occasions("香港特別行政區成立紀念日倉庫休息。", "zh-HK").isEmpty)
        #expect(try occasions("香港特别行政区成立纪念日仓库休息。", "zh-CN").count == 1)
        #expect(try occasions("한글날에는 배송이 없습니다.", "ko-KR").isEmpty)
        #expect(try occasions("한글날에는 배송이 없습니다.", "ja-JP").count == 1)
    }

    @Test func calendarNamesThatAreNotOneCountrysStayClean() throws {
        // Shared by several calendars, or made only of holiday words, or one everyday word, or a description.
        #expect(try occasions("Happy New Year from our team!", "en-US").isEmpty)
        #expect(try occasions("Happy New Year's Day! We reopen on 2 January.", "ja-JP").isEmpty)
        #expect(try occasions("Wir wünschen ein frohes Neujahr!", "de-AT").isEmpty)
        #expect(try occasions("Our office is closed on National Day.", "en-GB").isEmpty)
        #expect(try occasions("Notre entrepôt est fermé pour la Fête nationale.", "fr-CA").isEmpty)
        #expect(try occasions("Wir haben am Pfingstmontag geschlossen.", "de-AT").isEmpty)
        #expect(try occasions("Happy Mid-Autumn Festival! 中秋節快樂！", "zh-HK").isEmpty)
        #expect(try occasions("Eid al-Fitr greetings to you and your family.", "en-GB").isEmpty)
        #expect(try occasions("除夕当天照常发货。", "zh-CN").isEmpty)
        // Taiwan's 農曆除夕 falls within the mainland's 春节 days off: a mainland customer keeps it under another name;
        // a Japanese customer keeps neither.
        #expect(try occasions("农历除夕仓库休息。", "zh-CN").isEmpty)
        #expect(try occasions("農曆除夕倉庫休息。", "ja-JP").count == 1)
        #expect(try occasions("This is a temporary public holiday for our staff.", "en-US").isEmpty)
    }

    @Test func calendarNamesOfDistinctiveHolidaysFollowTheRules() {
        let words = HolidayWords(words: ["en": ["national", "day"], "fr": ["fête", "nationale"]])
        #expect(words.isMadeOf("National Day", language: "en"))
        #expect(!words.isMadeOf("Bastille Day", language: "en"))
        #expect(!CalendarOccasionFinder.isDistinctive("Fête nationale", language: "fr", words))
        #expect(!CalendarOccasionFinder.isDistinctive("Ferragosto", language: "it", words))  // one Latin-script word
        #expect(CalendarOccasionFinder.isDistinctive("한글날", language: "ko", words))
        #expect(!CalendarOccasionFinder.isDistinctive("元旦", language: "zh", words))  // too short
        #expect(CalendarOccasionFinder.isDescription("Temporary public holiday"))
        #expect(!CalendarOccasionFinder.isDescription("Early May bank holiday"))
        let ids = Set(CalendarOccasions.builtIn.map(\.id))
        #expect(ids.contains("calendar.DE.Day of German Unity") && ids.contains("calendar.KR.Hangul Day"))
        #expect(
            ids.isDisjoint(with: ["calendar.DE.New Year's Day", "calendar.US.Christmas Day", "calendar.DE.Labour Day"]))
    }

    @Test func aCuratedOccasionWinsOverTheCalendarsForOneSpan() throws {
        // "Tag der Deutschen Einheit" is both curated and in the German calendar: one finding, with the curated name.
        let findings = try occasions("Wegen Tag der Deutschen Einheit bleibt das Lager geschlossen.", "de-AT")
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("German Unity Day (Germany only)") == true)
        #expect(try occasions("Am Tag der Deutschen Einheit bleibt das Lager geschlossen.", "de-DE").isEmpty)
    }

    @Test func anOccasionKeptInAnotherMonthThanTheLineNamesIsReported() throws {
        // Canada's Thanksgiving is the second Monday of October; a November date is the US one.
        let finding = try #require(
            try occasions("Happy Thanksgiving! Our warehouse is closed on Thursday, November 26.", "en-CA").first)
        #expect(finding.message.contains("October") && finding.message.contains("November"))
        #expect(
            try occasions("Joyeuse Action de grâce! Notre entrepôt est fermé le jeudi 26 novembre.", "fr-CA").count == 1
        )
        // Near misses: the customer's own month, no month at all, the US customer, a month on another line.
        #expect(try occasions("Happy Thanksgiving! We are closed on Monday, October 12.", "en-CA").isEmpty)
        #expect(try occasions("Happy Thanksgiving weekend to you and your family.", "en-CA").isEmpty)
        #expect(try occasions("Happy Thanksgiving! We are closed on Thursday, November 26.", "en-US").isEmpty)
        #expect(try occasions("Happy Thanksgiving!\nYour refund was sent on 3 November.", "en-CA").isEmpty)
    }

    @Test func mothersAndFathersDayAreKeptInEachMarketsOwnMonth() throws {
        // Spain's Father's Day is 19 March; the UK's Mothering Sunday is in Lent; Portugal's Dia dos Namorados is 14 February.
        #expect(try occasions("¡Feliz Día del Padre este domingo 21 de junio!", "es-ES").count == 1)
        #expect(try occasions("Happy Mother's Day! Our sale ends on 10 May.", "en-GB").count == 1)
        #expect(try occasions("Promoção de Dia dos Namorados até 12 de junho.", "pt-PT").count == 1)
        // The customer's own month, or no month: clean, and the day is kept everywhere.
        #expect(try occasions("¡Feliz Día del Padre! Le enviamos el pedido el 19 de marzo.", "es-ES").isEmpty)
        #expect(try occasions("Happy Mother's Day! Our sale ends on 10 May.", "en-US").isEmpty)
        #expect(try occasions("Wir wünschen einen schönen Vatertag.", "de-DE").isEmpty)
        #expect(try occasions("Promoção de Dia dos Namorados até 12 de junho.", "pt-BR").isEmpty)
    }

    @Test func anOccasionNamedBesideADayItDoesNotFallOnIsReported() throws {
        // Koningsdag is 27 April (26 when the 27th is a Sunday); Mexico's independence day is 16 September.
        #expect(try occasions("Fijne Koningsdag op 30 april!", "nl-NL").count == 1)
        #expect(try occasions("¡Feliz Día de la Independencia este 5 de mayo!", "es-MX").count == 1)
        #expect(try occasions("Fijne Koningsdag op 27 april! Op 30 april sturen wij uw pakket.", "nl-NL").isEmpty)
        #expect(
            try occasions("Am Tag der Deutschen Einheit (3. Oktober) ist unser Lager geschlossen.", "de-DE").isEmpty)
        #expect(try occasions("¡Feliz Día de la Independencia! Su pedido llega el 5 de mayo.", "es-MX").isEmpty)
        // No public holiday, so its days are the data's `kept-on`: France's Mother's Day is never on 10 May (the last
        // Sunday of May, or the first of June), and a weekday may stand between the name and the day.
        #expect(try occasions("Bonne fête des mères ce dimanche 10 mai !", "fr-FR").count == 1)
        #expect(try occasions("Bonne fête des mères ! Votre colis part le 10 mai.", "fr-FR").isEmpty)
        // An inflected weekday between ("w tę niedzielę": Poland's Mother's Day is 26 May), a numeric date that a part
        // above 12 makes unambiguous (Taiwan's Father's Day is 8 August).
        #expect(try occasions("Wszystkiego najlepszego na Dzień Matki w tę niedzielę, 10 maja!", "pl-PL").count == 1)
        #expect(try occasions("6/15 父親節快樂！", "zh-TW").count == 1)
        #expect(try occasions("8/8 父親節快樂！", "zh-TW").isEmpty)
        #expect(try occasions("父親節快樂！訂單編號 6/15/2026/7 已出貨。", "zh-TW").isEmpty)
        // A range's first day is not the day the occasion is said to be on.
        #expect(try occasions("物流公司在聖誕節及節禮日（12月25日至26日）假期期間暫停派送。", "zh-HK").isEmpty)
        // "This year it is on Sunday …": a weekday and a few more words between the name and the day (Mexico's
        // Mother's Day is 10 May, Thailand's 12 August).
        let mexico = "Llega a tiempo para el Día de las Madres, que este año es el domingo 11 de mayo."
        #expect(try occasions(mexico, "es-MX").count == 1)
        #expect(try occasions("วันแม่ปีนี้ตรงกับวันอาทิตย์ที่ 11 พฤษภาคม", "th-TH").count == 1)
        #expect(try occasions("วันแม่ปีนี้ตรงกับวันพุธที่ 12 สิงหาคม", "th-TH").isEmpty)
        // A day set until or from the holiday with a Korean particle on the date's own word is another day.
        #expect(try occasions("추석 연휴로 택배사 휴무가 이어져 10월 13일까지 배송될 예정입니다.", "ko-KR").isEmpty)
        #expect(try occasions("추석 연휴인 10월 13일에는 배송이 없습니다.", "ko-KR").count == 1)
    }

    @Test func aWishToEnjoyMooncakesIsTheMidAutumnGreeting() throws {
        #expect(try occasions("Enjoy mooncakes with your family!", "en-US").count == 1)
        #expect(try occasions("Enjoy mooncakes with your family!", "en-SG").isEmpty)
    }

    @Test func aDayTheOccasionFellOnInTheLastTwoYearsIsNoConfusionOfMarkets() throws {
        // US Thanksgiving fell on 28 November in 2024, a copied notice's date; it never falls on 30 November or in
        // October, as Canada's does.
        let year = LintContext.today().year
        let thanksgiving = (year - 2...year).compactMap { y in
            (22...28).first { DateCheck.weekday(year: y, month: 11, day: $0) == 5 }
        }
        for day in thanksgiving {
            #expect(try occasions("We're closed on Thanksgiving Day (November \(day)).", "en-US").isEmpty)
        }
        #expect(try occasions("We're closed on Thanksgiving Day (November 30).", "en-US").count == 1)
    }

    @Test func aHolidayBreakTheCustomersCountryDoesNotHaveIsReported() throws {
        // Easter and Christmas closures: no public holiday in Japan or mainland China; Korea keeps 25 December.
        #expect(try occasions("イースター休暇のため発送が遅れます。", "ja-JP").map(\.match) == ["イースター休暇"])
        #expect(try occasions("因国内圣诞节放假，快递停运。", "zh-CN").map(\.match) == ["圣诞节放假"])
        #expect(try occasions("We're closed over the Easter weekend.", "en-GB").isEmpty)
        #expect(try occasions("Our Christmas closure starts on 24 December.", "en-US").isEmpty)
        #expect(try occasions("크리스마스 연휴에도 배송합니다.", "ko-KR").isEmpty)
        // Taiwan's Double Ten to Hong Kong; "중국 설" (China's New Year) to Korea, which keeps 설날; a German state's
        // Reformation Day to Austria.
        #expect(try occasions("祝您雙十節快樂！", "zh-HK").count == 1)
        #expect(try occasions("祝您雙十節快樂！", "zh-TW").isEmpty)
        #expect(try occasions("즐거운 중국 설 보내세요!", "ko-KR").count == 1)
        #expect(try occasions("즐거운 설날 보내세요!", "ko-KR").isEmpty)
        let austria = "Wegen des Reformationstags am 31. Oktober verzögert sich der Versand."
        #expect(try occasions(austria, "de-AT").count == 1)
        #expect(try occasions("Am Reformationstag ist unser Lager in Leipzig geschlossen.", "de-DE").isEmpty)
    }

    @Test func anArabicNameIsFoundAfterTheProcliticsGluedToIt() throws {
        // "لعيد الأم": ل + عيد الأم; the UAE's Mother's Day is 21 March.
        let glued = try occasions("استعدوا لعيد الأم يوم 11 مايو مع خصومات خاصة.", "ar-AE")
        #expect(glued.map(\.match) == ["عيد الأم يوم 11 مايو"])
        #expect(try occasions("كل عام وأنتم بخير بمناسبة عيد الأم يوم 21 مارس.", "ar-AE").isEmpty)
        // Letters that are not proclitics make another word, not the name.
        #expect(try occasions("استعدوا لسعيد الأم يوم 11 مايو.", "ar-AE").isEmpty)
    }

    @Test func dayRulesGiveTheDayOfEachYear() throws {
        #expect(DayRule("last sun 05")?.day(in: 2026).map { [$0.month, $0.day] } == [5, 31])
        #expect(DayRule("2nd sun 05")?.day(in: 2026).map { [$0.month, $0.day] } == [5, 10])
        #expect(DayRule("3rd sun 06")?.day(in: 2027).map { [$0.month, $0.day] } == [6, 20])
        #expect(DayRule("05-10")?.day(in: 2030).map { [$0.month, $0.day] } == [5, 10])
        #expect(DayRule("13-01") == nil)
        #expect(DayRule("5th sun 05") == nil)
    }

    @Test func dayAndMonthAreReadInManyWritings() throws {
        let en = try ICU.LocaleID(tag: "en"), ja = try ICU.LocaleID(tag: "ja"), es = try ICU.LocaleID(tag: "es")
        #expect(
            DayMonthMentions.mentions(in: "on November 27th", locale: en).map { [$0.month, $0.day] } == [[11, 27]])
        #expect(DayMonthMentions.mentions(in: "el 5 de mayo", locale: es).map { [$0.month, $0.day] } == [[5, 5]])
        #expect(
            DayMonthMentions.mentions(in: "4月30日と11月3日", locale: ja).map { [$0.month, $0.day] } == [[4, 30], [11, 3]])
        #expect(DayMonthMentions.mentions(in: "in May we ship 300 orders", locale: en).isEmpty)
    }

    @Test func aFestiveWishOnADayOfMourningIsReportedEverywhere() throws {
        let finding = try #require(try occasions("祝您清明节快乐！🎉", "zh-CN").first)
        #expect(finding.match == "清明节快乐")
        #expect(finding.fixes.first?.replacement == "清明安康")
        #expect(finding.fixes.first?.safe == false)
    }

    @Test func aMalformedOccasionsFileNamesTheProblem() {
        #expect(throws: PackError.self) {
            try Occasion.read("occasions:\n  - id: x\n    names: {en: [X]}\n", path: "o.yml")
        }
        #expect(throws: PackError.self) {
            try Occasion.read(
                "occasions:\n  - id: x\n    also-kept: [US]\n    names: {en: [X]}\n    source: s\n", path: "o.yml")
        }
    }
}
