import TactfulData
import TactfulICU
import TactfulMarketTags
import TactfulMarkets
import Testing

/// The built-in packs' names checked as market tags when the binary was built are what ICU gives at run time.
@Suite struct BuiltInMarketTagsTests {
    @Test func everyPackNameWasCheckedAsICUChecksItNow() throws {
        var known = 0
        for name in PackNames.builtIn.sorted() {
            let now = MarketTagCheck.check(name)
            #expect(BuiltInData.checkedMarketTag(name) == MarketTagCheck.encode(now), "\(name)")
            if let line = BuiltInData.checkedMarketTag(name) {
                #expect(MarketTagCheck.decode(line) == now, "\(name)")
                known += 1
            }
        }
        #expect(known > 20)
        #expect(BuiltInData.checkedMarketTag("de-LU") == nil)
    }

    @Test func aTagThatIsNoPackNameIsCheckedWhenResolved() throws {
        let luxembourg = try ICU.LocaleID(tag: "de_Latn_LU")
        #expect(MarketTagCheck.check("de-LU") == .known(locale: luxembourg, zones: ["Europe/Luxembourg"]))
        #expect(MarketTagCheck.check("xx-$$") == .malformed)
        #expect(MarketTagCheck.check("de-ZZ") == .unknown)
        #expect(try MarketResolver().resolve("de-LU").timeZones == ["Europe/Luxembourg"])
    }
}
