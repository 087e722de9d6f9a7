import TactfulData
import TactfulICU
import TactfulMarketTags
import TactfulMarkets
import Testing

/// The built-in markets' conventions read when the binary was built are what ICU gives at run time.
@Suite struct BuiltInRegionConventionsTests {
    @Test func everyBuiltInMarketsConventionsAreWhatICUGivesNow() {
        var embedded = 0
        for name in PackNames.builtIn.sorted() {
            guard let line = BuiltInData.checkedMarketTag(name),
                case .known(let locale, _) = MarketTagCheck.decode(line)
            else { continue }
            let now = RegionConventions(reading: locale)
            #expect(BuiltInData.regionConventions(locale.identifier) == now.encoded, "\(name)")
            #expect(BuiltInData.regionConventions(locale.identifier).flatMap(RegionConventions.init(encoded:)) == now)
            embedded += 1
        }
        #expect(embedded > 20)
        #expect(BuiltInData.regionConventions("de_Latn_LU") == nil)
    }

    @Test func aMarketWithoutAPackReadsItsConventionsFromICU() throws {
        let market = try MarketResolver().resolve("de-LU")
        let now = RegionConventions(reading: try ICU.LocaleID(tag: "de_Latn_LU"))
        #expect(market.hourCycle == now.hourCycle && market.measurementSystem == now.measurementSystem)
        #expect(market.hourCycle == .h23 && market.firstWeekday == .mon)
    }

    @Test func encodedLinesReadBack() throws {
        let japan = try #require(RegionConventions(encoded: "metric\th23\t1\t1,7"))
        #expect(japan.firstWeekday == 1 && japan.weekend == [1, 7])
        #expect(RegionConventions(encoded: japan.encoded) == japan)
        #expect(RegionConventions(encoded: "metric\th23\t2\t")?.weekend == [])
        #expect(RegionConventions(encoded: "metric\th99\t2\t1,7") == nil)
        #expect(RegionConventions(encoded: "metric\th23\t2\tsat") == nil)
        #expect(RegionConventions(encoded: "metric\th23\t2") == nil)
    }
}
