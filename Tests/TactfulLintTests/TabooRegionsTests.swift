import TactfulData
import Testing

@testable import TactfulLint

/// The taboos cut by region when the binary is built (tactful-embed's `BuiltInTabooRegions`) are the whole file's
/// taboos of that region, with every gift cue: what a market's rule set reads is what it reported from before.
@Suite struct TabooRegionsTests {
    @Test(arguments: ["CN", "US", "DE", "JP", "BR", "SA", "FR", "ZZ"])
    func aRegionsTaboosAreTheWholeFilesOfThatRegion(region: String) {
        let (taboos, giftCues) = Taboo.builtIn(region: region)
        let whole = Taboo.builtIn.filter { $0.regions.contains(region) }
        #expect(taboos.map(\.id) == whole.map(\.id))
        #expect(zip(taboos, whole).allSatisfy { Set($0.words) == Set($1.words) && $0.reading == $1.reading })
        #expect(Set(giftCues) == Set(Taboo.giftCues) && !giftCues.isEmpty)
    }

    @Test func everyRegionIsCutWhenTheBinaryIsBuilt() {
        for region in Set(Taboo.builtIn.flatMap(\.regions)) {
            #expect(BuiltInData.taboos(ofRegion: region) != nil, "\(region)")
        }
        #expect(BuiltInData.taboos(ofRegion: "") != nil)
    }
}
