import Testing
import TactfulMarkets

@Suite struct MarketResolverTests {
    let resolver = MarketResolver()

    @Test func hongKongIsTraditionalChineseAndNeverFallsBackToSimplified() throws {
        let market = try resolver.resolve("zh-HK")
        #expect(market.tag == "zh-HK")
        #expect(market.script == "Hant")
        #expect(market.currency == "HKD")
        #expect(market.timeZones == ["Asia/Hong_Kong"])
        #expect(market.chain == ["zh-HK", "zh-Hant", "root"])
        #expect(try resolver.resolve("zh-Hant-HK").chain == market.chain)
    }

    @Test func chainsFollowICUFallback() throws {
        #expect(try resolver.resolve("de-AT").chain == ["de-AT", "de", "root"])
        #expect(try resolver.resolve("en-IN").chain == ["en-IN", "en-001", "en", "root"])
        #expect(try resolver.resolve("es-MX").chain == ["es-MX", "es-419", "es", "root"])
        #expect(try resolver.resolve("zh-CN").chain == ["zh-CN", "zh", "root"])
        #expect(try resolver.resolve("de-LU").chain == ["de", "root"])
    }

    @Test func acceptsUnderscoresBareRegionsAndBareLanguages() throws {
        #expect(try resolver.resolve("pt_BR").tag == "pt-BR")
        let japan = try resolver.resolve("JP")
        #expect(japan.tag == "ja-JP")
        #expect(japan.timeZones == ["Asia/Tokyo"])
        let english = try resolver.resolve("en")
        #expect(english.tag == "en-US")
        #expect(english.requested == "en")
    }

    @Test func marketConventionsComeFromCLDR() throws {
        let us = try resolver.resolve("en-US")
        #expect(us.measurementSystem == .us)
        #expect(!us.uses24HourClock)
        #expect(us.firstWeekday == .sun)
        #expect(us.timeZones.contains("America/New_York"))
        let germany = try resolver.resolve("de-DE")
        #expect(germany.measurementSystem == .metric && germany.uses24HourClock && germany.firstWeekday == .mon)
        #expect(try resolver.resolve("en-GB").measurementSystem == .uk)
        let saudi = try resolver.resolve("ar-SA")
        #expect(saudi.currency == "SAR")
        #expect(saudi.weekend == [.fri, .sat])
        #expect(germany.weekend == [.sat, .sun])
        #expect(try resolver.resolve("de-AT").displayName() == "German (Austria)")
        #expect(try resolver.resolve("en-IN").timeZones == ["Asia/Kolkata"])
    }

    @Test func unknownAndMalformedTagsNameTheTagAndSuggestMarkets() {
        #expect {
            try resolver.resolve("xx-YY")
        } throws: { error in
            let message = String(describing: error)
            return message.contains("'xx-YY'") && message.contains("closest known markets")
        }
        #expect(throws: MarketError.self) { try resolver.resolve("de--AT") }
        #expect(throws: MarketError.self) { try resolver.resolve("") }
        #expect(throws: MarketError.self) { try resolver.resolve("ZZ") }
    }

    @Test func suggestionsPreferTheSameLanguage() {
        do {
            _ = try resolver.resolve("de-XX")
            Issue.record("de-XX resolved")
        } catch let MarketError.unknownTag(_, suggestions) {
            #expect(suggestions.allSatisfy { $0.hasPrefix("de-") })
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func acceptLanguageNegotiation() throws {
        #expect(try resolver.negotiate(acceptLanguage: "fr-CA, fr;q=0.9, en;q=0.8").tag == "fr-CA")
        #expect(try resolver.negotiate(acceptLanguage: "fr-BE;q=0.9, sw;q=1").tag == "fr-FR")
        #expect(try resolver.negotiate(acceptLanguage: "zh-Hant-MO, en;q=0.1").script == "Hant")
        #expect(try resolver.negotiate(acceptLanguage: "de;q=0, ja").tag == "ja-JP")
        #expect(throws: MarketError.self) { try resolver.negotiate(acceptLanguage: "sw, *;q=0.1") }
    }

    @Test func acceptLanguageParsing() {
        let ranges = AcceptLanguage.parse("da, en-GB;q=0.8, en;q=0.7, x;q=bad, *;q=0.1")
        #expect(ranges.map(\.tag) == ["da", "en-GB", "en", "*"])
    }
}
