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
}
