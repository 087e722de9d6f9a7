import Testing
@testable import TactfulLint

/// Clock times given in a zone the customer is not in, told by today's UTC offsets.
@Suite struct ForeignZoneCheckTests {
    func foreign(_ text: String, _ tag: String) throws -> [Finding] {
        try builtInFindings(text, tag) { $0.rule == "root.date-time.foreign-zone" }
    }

    @Test func aTimeInAnotherMarketsZoneIsReportedWithTheCustomersTime() throws {
        let finding = try #require(try foreign("Our phone line is open until 5 pm EST on weekdays.", "en-GB").first)
        #expect(finding.match == "5 pm EST")
        // 17:00 in New York is 22:00 in London in winter and in summer alike (both shift by an hour).
        #expect(finding.fixes.first?.replacement.hasPrefix("5 pm EST (22:00 ") == true)
        #expect(finding.fixes.first?.safe == false)
        #expect(
            try foreign("本日15:00（北京時間）までにご注文ください。", "ja-JP").first?.fixes.first?.replacement.hasPrefix(
                "15:00（北京時間） (16:00")
                == true)
        #expect(try foreign("We will call you at 10:00 AM PST tomorrow.", "en-IN").count == 1)
        #expect(try foreign("Wir rufen Sie um 15:00 Uhr Beijing time an.", "de-DE").count == 1)
        #expect(try foreign("We reply by 6pm GMT+8.", "en-GB").count == 1)
    }

    @Test func anAfternoonWordBeforeTheTimeAndChineseNamesOfUSZones() throws {
        // 下午3点 in New York is 15:00 there, 04:00 the next day in Shanghai in winter and summer alike (UTC-5/-4 → +8).
        let us = try #require(try foreign("您的包裹会在美东时间下午3点前发出。", "zh-CN").first)
        #expect(us.match == "美东时间下午3点")
        let replacement = try #require(us.fixes.first?.replacement)
        #expect(replacement.hasPrefix("美东时间下午3点 (") && (replacement.contains("03:00") || replacement.contains("04:00")))
        // 午後3時 Beijing time is 16:00 in Tokyo.
        #expect(
            try foreign("本日、北京時間午後3時までに発送します。", "ja-JP").first?.fixes.first?.replacement.contains("16:00")
                == true)
        #expect(try foreign("配送時段為美西時間上午10點至下午2點。", "zh-TW").count >= 1)
    }

    @Test func anHourWrittenWithWordsIsReadWithItsPartOfTheDay() throws {
        // Beijing (UTC+8) is an hour ahead of Jakarta (WIB, UTC+7): 9 a.m. there is 8 a.m. here, 3 p.m. is 2 p.m.
        let morning = try #require(try foreign("Admin online lagi besok jam 9 pagi waktu Beijing.", "id-ID").first)
        #expect(morning.match == "9 pagi waktu Beijing" || morning.match == "9")
        #expect(morning.fixes.first?.replacement.contains("08.00") == true)
        let afternoon = try #require(try foreign("Kami telepon jam 3 sore waktu Beijing ya.", "id-ID").first)
        #expect(afternoon.fixes.first?.replacement.contains("14.00") == true)
        // Thai: 10 โมงเช้า Beijing time is 9:00 in Bangkok.
        let thai = try #require(try foreign("ทีมงานจะโทรหาคุณ 10 โมงเช้า (เวลาปักกิ่ง)", "th-TH").first)
        #expect(thai.fixes.first?.replacement.contains("09:00") == true)
        #expect(DayPeriodWord(after: " malam ya")?.hour(9) == 21 && DayPeriodWord(after: " siang")?.hour(1) == 13)
        #expect(DayPeriodWord(after: " malam")?.hour(12) == 0 && DayPeriodWord(after: " waktu") == nil)
    }

    @Test func theCustomersOwnZoneAConvertedTimeOrAnAmbiguousNameSharedByItStayClean() throws {
        #expect(try foreign("Live chat opens at 9:00 CST.", "en-US").isEmpty)  // US Central
        #expect(try foreign("我们会在北京时间15:00前发货。", "zh-CN").isEmpty)
        #expect(try foreign("We will call you at 9AM PST (10:30 PM IST).", "en-IN").isEmpty)
        #expect(try foreign("Orders placed before 3pm AEST ship today.", "en-AU").isEmpty)
        #expect(try foreign("Wir rufen Sie um 15:00 MEZ an.", "de-DE").isEmpty)
        #expect(try foreign("We reply by 6pm GMT+8.", "en-SG").isEmpty)
        #expect(try foreign("The parcel weighs 5 kg and ships at 9:00.", "en-GB").isEmpty)
    }

    @Test func zoneNamesInLowerCaseAfterAClockWordOrAClitic() throws {
        #expect(try foreign("Zadzwonimy jutro o 10:00 czasu pekińskiego.", "pl-PL").count == 1)
        #expect(try foreign("Le llamaremos mañana a las 10:00 hora de Pekín.", "es-MX").count == 1)
        #expect(try foreign("We bellen u morgen om 10:00 uur Chinese tijd.", "nl-NL").count == 1)
        #expect(try foreign("سنتصل بك غدًا الساعة 10 صباحًا بتوقيت بكين.", "ar-SA").count == 1)
        #expect(try foreign("เราจะโทรหาคุณพรุ่งนี้เวลา 10.00 น. ตามเวลาปักกิ่ง", "th-TH").count == 1)
        // The customer's own zone, and a time with no zone.
        #expect(try foreign("سنتصل بك غدًا الساعة 10 صباحًا بتوقيت الرياض.", "ar-SA").isEmpty)
        #expect(try foreign("ส่งของภายใน 10.00 น. ค่ะ", "th-TH").isEmpty)
        #expect(try foreign("Le llamaremos a las 10:00 hora de México.", "es-MX").isEmpty)
        // The zone after a comma.
        #expect(try foreign("La chiamiamo domani alle 16:00, ora di Pechino.", "it-IT").count == 1)
        #expect(try foreign("Ligamos amanhã às 10h00, hora de Lisboa.", "pt-PT").isEmpty)
    }

    @Test func aParticleOrAHalfDayWordBetweenTheNameAndTheTime() throws {
        #expect(try foreign("返金は北京時間の15時までに処理いたします。", "ja-JP").map(\.match) == ["北京時間の15時"])
        #expect(try foreign("발송은 베이징 시간 기준 오후 3시쯤입니다.", "ko-KR").count == 1)
        #expect(try foreign("返金は日本時間の15時までに処理いたします。", "ja-JP").isEmpty)
    }

    @Test func anotherCountrysZoneThatACornerOfTheMarketShares() throws {
        // Perth keeps +8, but "Beijing time" is China's: compared with Australia's main zone.
        #expect(try foreign("Please pay by 11:59pm Beijing time tonight.", "en-AU").count == 1)
        #expect(try foreign("Please pay by 11:59pm AWST tonight.", "en-AU").isEmpty)
        #expect(try foreign("We will call you at 10am CST.", "en-US").isEmpty)
        // An hour with "Uhr" is a clock time.
        #expect(try foreign("Wir rufen Sie zwischen 16 und 17 Uhr Pekinger Zeit an.", "de-AT").count == 1)
    }
}
