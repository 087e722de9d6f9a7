import Foundation
import Testing
@testable import TactfulLint
import TactfulMarkets
import TactfulTestSupport

/// Clock times without a zone: judged against the team's zone when it is known, else only for a customer whose
/// country spans clocks two hours or more apart.
@Suite struct ZoneCheckTests {
    func zones(_ text: String, _ tag: String, team: String?) throws -> [Finding] {
        let market = try MarketResolver().resolve(tag)
        let ruleSet = try RuleSet(market: market, library: try LinterTests.library.get())
        return try Linter(ruleSet: ruleSet, settings: LintSettings(teamTimeZone: team)).lint(text)
            .filter { $0.rule == "root.date-time.time-zone" }
    }

    @Test func aTimeWithoutAZoneToACustomerOnAnotherClock() throws {
        let finding = try #require(
            try zones("We will call you later today at 4pm.", "en-US", team: "Asia/Shanghai").first)
        #expect(finding.match == "4pm")
        #expect(finding.fixes.first?.replacement.hasPrefix("4pm (") == true)
        #expect(finding.fixes.first?.safe == false)
        #expect(try zones("明後日の10時にお電話いたします。", "ja-JP", team: "Europe/Berlin").map(\.match) == ["10時"])
        // "pm" with a particle right after it: no word boundary falls there.
        #expect(try zones("8pm까지 연락드리겠습니다.", "ko-KR", team: "Asia/Shanghai").map(\.match) == ["8pm"])
    }

    @Test func twelveHourTimeBeforeAParticleGetsTheMarketsClock() throws {
        let market = try MarketResolver().resolve("ja-JP")
        let ruleSet = try RuleSet(market: market, library: try LinterTests.library.get())
        let clock = try Linter(ruleSet: ruleSet).lint("本日5PMまでにご連絡ください。").filter { $0.rule == "root.date-time.clock" }
        #expect(clock.map(\.match) == ["5PM"])
    }

    @Test func noTeamZoneOrTheSameClockOrANamedZoneIsClean() throws {
        #expect(try zones("Wir rufen Sie morgen um 16:00 an.", "de-DE", team: nil).isEmpty)
        #expect(try zones("Le llamamos mañana a las 16:00.", "es-ES", team: nil).isEmpty)  // Canaries: one hour off
        #expect(try zones("Ligamos amanhã às 16:00.", "pt-PT", team: nil).isEmpty)  // Azores: one hour off
        #expect(try zones("明後日の10時にお電話いたします。", "ja-JP", team: "Asia/Tokyo").isEmpty)
        #expect(try zones("We will call you at 4pm EST.", "en-US", team: "Asia/Shanghai").isEmpty)
        #expect(try zones("We will call you at 4pm (your time).", "en-US", team: "Asia/Shanghai").isEmpty)
        #expect(try zones("Your order ships within 24 hours.", "en-US", team: "Asia/Shanghai").isEmpty)
        #expect(
            try zones("Version 2.10 fixes it, and the 1.5 m cable ships today.", "en-US", team: "Asia/Shanghai").isEmpty
        )
    }

    @Test func withoutATeamZoneACountryOfSeveralClocksStillNeedsOne() throws {
        let finding = try #require(try zones("We will call you later today at 4pm.", "en-US", team: nil).first)
        #expect(finding.match == "4pm")
        #expect(finding.message.contains("spans several time zones"))
        #expect(try zones("Call us before 6pm.", "en-CA", team: nil).map(\.match) == ["6pm"])
        #expect(try zones("Call us between 9am and 5pm.", "en-AU", team: nil).map(\.match) == ["9am", "5pm"])
        #expect(try zones("Lo atendemos de 9:00 a 18:00.", "es-MX", team: nil).map(\.match) == ["9:00", "18:00"])
        #expect(try zones("We will call you at 4pm Eastern Time.", "en-US", team: nil).isEmpty)
        // Indonesian writes the time with a dot after "jam" / "pukul" (CLDR HH.mm); a price or a zone named after it is not.
        #expect(
            try zones("Tim kami akan menelepon Anda besok jam 10.00.", "id-ID", team: nil).map(\.match) == ["10.00"])
        #expect(try zones("Tim kami akan menelepon Anda pukul 14.30 WITA.", "id-ID", team: nil).isEmpty)
        #expect(try zones("Totalnya Rp 10.000 dan 2.50 kg.", "id-ID", team: nil).isEmpty)
        #expect(ZoneCheck.spansSeveralClocks(["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]))
        #expect(!ZoneCheck.spansSeveralClocks(["Europe/Madrid", "Atlantic/Canary"]))
        #expect(!ZoneCheck.spansSeveralClocks(["Asia/Shanghai", "Asia/Urumqi"]))  // China keeps Beijing time
        #expect(!ZoneCheck.spansSeveralClocks([]))
    }

    @Test func withoutATeamZoneATimeBesideTheTeamsPlaceAbroadNeedsOne() throws {
        let german = try zones("Unser Team in Shenzhen ruft Sie morgen um 9 Uhr an.", "de-CH", team: nil)
        #expect(german.map(\.match) == ["9 Uhr"])
        #expect(german.first?.message.contains("Shenzhen") == true)
        #expect(
            try zones("Il nostro team di Shenzhen ti chiamerà domani alle 15.", "it-IT", team: nil).map(\.match) == [
                "15"
            ])
        #expect(
            try zones("Our Shenzhen team will ring you at 10am tomorrow.", "en-GB", team: nil).map(\.match) == ["10am"])
        // A country as ICU names it in the draft's language: the US warehouse's clock, to a customer in China.
        #expect(try zones("我们美国仓库的同事会在明天上午9点给您打电话。", "zh-CN", team: nil).map(\.match) == ["9点"])
        #expect(try zones("سيتصل بك فريقنا في شنتشن غداً الساعة 10 صباحاً", "ar-AE", team: nil).count == 1)
        // Spanish "a las 10", Polish "w Kantonie", Korean "선전 팀" (선전 alone is also "advertising").
        #expect(
            try zones("Nuestro equipo de Shenzhen te llama mañana a las 10.", "es-ES", team: nil).map(\.match) == [
                "10"
            ])
        #expect(try zones("Konsultant z biura w Kantonie zadzwoni jutro o 9:00.", "pl-PL", team: nil).count == 1)
        #expect(try zones("저희 선전 팀이 오후 3시에 전화드리겠습니다.", "ko-KR", team: nil).count == 1)
        #expect(try zones("신제품 선전 영상은 오후 3시에 공개됩니다.", "ko-KR", team: nil).isEmpty)
    }

    @Test func aSignOffThatNamesTheTeamsOfficeAbroadPlacesItsTimes() throws {
        let thai = "เจ้าหน้าที่ของเราจะโทรหาคุณพรุ่งนี้เวลา 9:00 น. ค่ะ\n\nขอแสดงความนับถือ\nทีมบริการลูกค้า (สำนักงานกวางโจว)"
        #expect(try zones(thai, "th-TH", team: nil).map(\.match) == ["9:00"])
        let english = "We will call you tomorrow at 10am.\n\nKind regards,\nCustomer Care, Shenzhen office"
        #expect(try zones(english, "en-GB", team: nil).map(\.match) == ["10am"])
        // A sign-off on the customer's own clock places nothing.
        let london = "We will call you tomorrow at 10am.\n\nKind regards,\nCustomer Care, London"
        #expect(try zones(london, "en-GB", team: nil).isEmpty)
    }

    @Test func thePlaceSearchFindsWhatFoundationsSearchFinds() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in UInt8.random(in: 97...100) }
            let name = (0..<Int.random(in: 0...4, using: &generator)).map { _ in UInt8.random(in: 97...100) }
            #expect(TeamPlaces.contains(text, name) == (!name.isEmpty && text.firstRange(of: name) != nil))
        }
    }

    @Test func aPlaceOnTheCustomersClockOrInAZonesNameIsNoTeamPlace() throws {
        // The place keeps the customer's clock, or names no team at all in the time's sentence.
        #expect(try zones("Unser Lager in Deutschland ruft Sie um 9 Uhr an.", "de-DE", team: nil).isEmpty)
        #expect(try zones("我们深圳的同事明天上午9点给您打电话。", "zh-CN", team: nil).isEmpty)
        #expect(try zones("We ship from Shenzhen. We will call you at 10am.", "en-GB", team: nil).isEmpty)
        // The delivery is the customer's own clock; a zone named with the place is the foreign-zone check's case.
        #expect(try zones("Our Shenzhen warehouse ships it and it will arrive by 5pm.", "en-GB", team: nil).isEmpty)
        #expect(try zones("문의는 베이징 시간 오전 9시~오후 6시에 가능합니다.", "ko-KR", team: nil).isEmpty)
        #expect(try zones("We answer until 18:00 Beijing time.", "en-GB", team: nil).isEmpty)
        // A name inside a longer word is not the place.
        #expect(try zones("Die Chinarestaurant-Gutscheine gelten ab 9 Uhr.", "de-DE", team: nil).isEmpty)
    }

    @Test func aDeliveryTimeOrARangeWithItsZoneIsClean() throws {
        #expect(try zones("It's now due on Tuesday, between 9 am and 5 pm AEST.", "en-AU", team: nil).isEmpty)
        #expect(try zones("Call us Monday through Friday, 9 a.m. to 6 p.m. ET.", "en-US", team: nil).isEmpty)
        #expect(try zones("New delivery: Thu Dec 10 by 5 p.m. ET.", "en-CA", team: nil).isEmpty)
        #expect(
            try zones("La paquetería confirma que llegará mañana antes de las 14:00 h.", "es-MX", team: nil).isEmpty)
        #expect(
            try zones("Der Paketbote kommt morgen zwischen 9:00 und 12:00.", "de-DE", team: "Asia/Shanghai").isEmpty)
        #expect(try zones("我们18:00前回复您。", "zh-CN", team: nil).isEmpty)
        // The delivery is in another clause: the call is the team's time.
        #expect(
            try zones("It will be delivered on Friday; we will call you at 4pm.", "en-US", team: nil).map(\.match) == [
                "4pm"
            ])
    }

    /// A call by the team keeps its time on the team's clock, even beside the delivery; a word for "time" counts as a
    /// zone only right after the time.
    @Test func aCallAboutTheDeliveryIsTheTeamsTime() throws {
        #expect(
            try zones("If you miss the delivery, our team will call you tomorrow at 4pm to rebook.", "en-AU", team: nil)
                .map(\.match) == ["4pm"])
        #expect(
            try zones(
                "Il nostro team di Shenzhen La contatterà domani alle 9:00 per confermare la data di consegna.",
                "it-IT",
                team: nil
            ).map(\.match) == ["9:00"])
        #expect(
            try zones("Our Sydney team will call you before 5pm tomorrow to book a delivery time.", "en-AU", team: nil)
                .map(\.match) == ["5pm"])
        #expect(try zones("The courier will deliver it tomorrow before 4pm.", "en-US", team: nil).isEmpty)
        #expect(try zones("Nosso chat funciona das 9h às 18h (horário de Brasília).", "pt-BR", team: nil).isEmpty)
    }

    /// French Canada writes "20 h" with a space; an hour above 23 or after "sous" / "dans" is a duration.
    @Test func aSpacedFrenchHourIsATimeAndADurationIsNot() throws {
        #expect(
            try zones("Notre équipe vous appellera jeudi à 20 h.", "fr-CA", team: nil).map(\.match) == ["20 h"])
        #expect(try zones("Nous vous rappelons lundi à 15 h 30.", "fr-CA", team: nil).map(\.match) == ["15 h 30"])
        #expect(try zones("Nous répondons sous 24 h, parfois en 2 h, et livrons en 48h.", "fr-CA", team: nil).isEmpty)
    }

    /// "am 6. Oktober" does not end a sentence, so the team's place before it is in the time's sentence.
    @Test func aGermanOrdinalDateKeepsTheSentenceWhole() throws {
        #expect(
            try zones("Unser Team in Shenzhen ruft Sie am 6. Oktober um 9 Uhr zurück.", "de-AT", team: nil).map(\.match)
                == ["9 Uhr"])
        #expect(try zones("Ihre Bestellung kam am 6. Wir rufen Sie um 9 Uhr an.", "de-AT", team: nil).isEmpty)
    }

    @Test func theConfigNamesTheTeamZone() throws {
        let folder = Scratch.root.appendingPathComponent("tactful-zone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.yml")
        try "team: {timezone: Asia/Shanghai}\n".write(to: good, atomically: true, encoding: .utf8)
        #expect(try LintConfig(contentsOf: good.path).settings.teamTimeZone == "Asia/Shanghai")
        let bad = folder.appendingPathComponent("bad.yml")
        try "team: {timezone: Mars/Olympus}\n".write(to: bad, atomically: true, encoding: .utf8)
        #expect(throws: PackError.self) { try LintConfig(contentsOf: bad.path) }
    }
}
