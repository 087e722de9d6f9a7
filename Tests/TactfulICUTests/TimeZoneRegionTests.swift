import Testing

@testable import TactfulICU

/// `zones(inRegion:)` lists a region's zones that are their own canonical ID; ICU's canonical-location enumeration
/// (which canonicalizes every zone of the world first) gives the same zones in the same order, for every region.
@Suite struct TimeZoneRegionTests {
    @Test func everyRegionHasTheZonesICUListsAsCanonicalLocations() throws {
        let letters = (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { String(UnicodeScalar($0)) }
        let regions = letters.flatMap { first in letters.map { first + $0 } } + ["001", "150", "419"]
        var zoned = 0
        for region in regions {
            let zones = try ICU.TimeZones.zones(inRegion: region)
            #expect(zones == (try ICU.TimeZones.canonicalLocationZones(inRegion: region)), "\(region)")
            if !zones.isEmpty { zoned += 1 }
        }
        #expect(zoned > 200, "\(zoned) regions with zones")
    }
}
