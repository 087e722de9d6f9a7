import Testing
@testable import TactfulLint

/// Seasons by climate and hemisphere, judged at a fixed month.
@Suite struct SeasonRuleTests {
    @Test func meteorologicalSeasonsFlipAcrossTheEquator() {
        #expect(Seasons.season(month: 12, south: false) == .winter)
        #expect(Seasons.season(month: 12, south: true) == .summer)
        #expect(Seasons.season(month: 4, south: true) == .autumn)
        #expect(Seasons.season(month: 7, south: false) == .summer)
    }

    @Test func theBuiltInTableReads() throws {
        let seasons = try #require(Seasons.builtIn)
        #expect(seasons.regions["AU"]?.south == true)
        #expect(seasons.regions["ID"]?.fourSeasons == false)
        #expect(seasons.words[.winter]?["pt"]?.contains("inverno") == true)
    }

    func findings(_ text: String, _ tag: String) throws -> [Finding] {
        try builtInFindings(text, tag) { $0.rule == "root.culture.season" }
    }

    @Test func theNorthernSeasonOfTheMomentIsReportedInTheSouth() throws {
        // A range stocked in the month before its season starts.
        #expect(try findings("Our summer range is back in stock from 1 November.", "en-AU").isEmpty)
        let australia = try #require(Seasons.builtIn?.regions["AU"])
        #expect(SeasonRule.verdict(.winter, in: australia, month: 12) == .otherHemisphere(theirs: .summer))
        #expect(SeasonRule.verdict(.winter, in: australia, month: 6) == .fits)
        #expect(SeasonRule.verdict(.summer, in: australia, month: 1) == .fits)
        #expect(SeasonRule.verdict(.spring, in: australia, month: 4) == .otherHemisphere(theirs: .autumn))
        // In the linter, at today's month: a northern winter word to Brazil is reported exactly when it is winter in the north.
        let northernWinter = Seasons.season(month: SeasonRule.thisMonth(), south: false) == .winter
        #expect(try findings("Perfeito para enfrentar o inverno!", "pt-BR").count == (northernWinter ? 1 : 0))
        #expect(try findings("Shop our winter collection.", "en-GB").isEmpty)
    }

    @Test func fourSeasonWordsDoNotFitTheTropics() throws {
        let finding = try #require(try findings("Jaket ini pas banget buat musim dingin ini.", "id-ID").first)
        #expect(finding.match == "musim dingin")
        #expect(try findings("Jaket ini cocok untuk musim hujan.", "id-ID").isEmpty)
        #expect(try findings("Great for the summer holidays!", "en-SG").isEmpty)
        // French été is also the participle of être.
        #expect(try findings("Votre colis a été expédié hier.", "fr-FR").isEmpty)
    }

    @Test func aMonthNamedWithTheSeasonOrTheWeatherDecides() throws {
        #expect(
            try findings("A cosy throw, perfect for the cold December nights ahead.", "en-AU").map(\.match) == ["cold"])
        #expect(try findings("Ideal para as noites frias de dezembro.", "pt-BR").map(\.match) == ["frias"])
        // The customer's own season for the month named, the north, and weather words away from a month.
        #expect(try findings("Our winter range arrives in July.", "en-AU").isEmpty)
        #expect(try findings("Ideal para as noites frias de julho.", "pt-BR").isEmpty)
        #expect(try findings("Perfect for the cold December nights ahead.", "en-GB").isEmpty)
        #expect(try findings("Wash in cold water; it ships on 3 December.", "en-AU").isEmpty)
        // Several months: the season fits when one of them is in it.
        #expect(try findings("Perfeito pro inverno aí em Curitiba, de junho a agosto.", "pt-BR").isEmpty)
        #expect(
            try findings("Our winter range is on sale in December and January.", "en-AU").map(\.match) == ["winter"])
        // A range stocked in the month before its season starts.
        #expect(try findings("Our summer range is back in stock from 1 November.", "en-AU").isEmpty)
        let australia = try #require(Seasons.builtIn?.regions["AU"])
        #expect(
            SeasonRule.verdict(.winter, in: australia, namedMonth: 12)
                == .monthIsAnotherSeason(month: 12, theirs: .summer))
    }

    @Test func inTheNorthASeasonBesideAMonthOfAnotherSeason() throws {
        // A market the glossary does not list keeps the northern calendar: a season beside a month of another one.
        #expect(try findings("A promoção de inverno começa agora em julho.", "pt-PT").map(\.match) == ["inverno"])
        #expect(try findings("Nada melhor que as noites geladas de dezembro.", "pt-BR").map(\.match) == ["geladas"])
        // Stocked up to two months ahead of its season, or running a month past its end: the season fits.
        #expect(try findings("Unsere Winterkollektion kommt im Oktober.", "de-DE").isEmpty)
        #expect(try findings("Our summer sale runs until September 15.", "en-US").isEmpty)
        #expect(try findings("Shop our winter collection.", "fr-FR").isEmpty)
    }

    @Test func christmasBesideAWeatherWordNamesDecember() throws {
        #expect(try findings("Um Natal branco com neve para você e sua família!", "pt-BR").count == 1)
        #expect(try findings("Desejamos um Natal frio e aconchegante!", "pt-BR").map(\.match) == ["frio"])
        #expect(try findings("Wishing you a white Christmas from all of us.", "en-AU").count == 1)
        // The north keeps a cold Christmas; Christmas away from the weather word, or without one, says nothing.
        #expect(try findings("Wishing you a white Christmas from all of us.", "en-GB").isEmpty)
        #expect(try findings("Have a cold drink this Christmas, you deserve it.", "en-AU").isEmpty)
        #expect(try findings("Feliz Natal! Seu pedido chega antes do dia 24.", "pt-BR").isEmpty)
        #expect(try findings("Our new collection from Natalie is cold-weather ready.", "en-AU").isEmpty)
        #expect(try findings("This blanket will keep you warm over Christmas.", "en-AU").count == 1)
        #expect(try findings("This blanket will keep you warm over Christmas.", "en-GB").isEmpty)
    }
}
