import Testing
@testable import TactfulLint

/// A sacred image put where feet, dirt or the toilet are (`kind: placement` in Glossaries/culture/taboos.yml).
@Suite struct TabooPlacementTests {
    func taboos(_ text: String, _ tag: String) throws -> [Finding] {
        try builtInFindings(text, tag) { $0.rule == "root.taboo.reading" }
    }

    @Test func anImageBesideALowOrUncleanPlaceIsOneFindingFromObjectToPlace() throws {
        let shelf = try taboos("พระพุทธรูปองค์เล็กวางบนชั้นรองเท้าหน้าบ้านก็สวยมากค่ะ", "th-TH")
        #expect(shelf.map(\.match) == ["พระพุทธรูปองค์เล็กวางบนชั้นรองเท้า"])
        // The place two sentences after the image.
        let later = "ขออภัยที่พระพุทธรูปเสียหายครับ\nเราจะส่งองค์ใหม่ให้ครับ\nองค์ที่บิ่นนำไปวางในห้องน้ำได้ครับ"
        #expect(try taboos(later, "th-TH").count == 1)
        #expect(try taboos("Our Lord Ganesha print doormat is back in stock!", "en-IN").count == 1)
        // Offered as home decoration, or beside the bathtub.
        #expect(try taboos("หัวพระพุทธรูปเรซินตัวนี้เอาไปวางข้างอ่างอาบน้ำสวยมากค่ะ", "th-TH").count == 1)
        #expect(try taboos("โคมไฟพระพุทธรูปสำหรับแต่งบ้านลดราคาค่ะ", "th-TH").count == 1)
    }

    @Test func aPromiseOfFairerSkinIsReportedInIndia() throws {
        #expect(try taboos("This serum will make your skin fairer in two weeks.", "en-IN").count == 1)
        #expect(try taboos("This serum will make your skin fairer in two weeks.", "en-US").isEmpty)
        #expect(try taboos("The foundation comes in six shades, from fair to deep.", "en-IN").isEmpty)
    }

    @Test func theImageAloneOrElsewhereStaysClean() throws {
        #expect(try taboos("พระพุทธรูปที่ท่านสั่งจัดส่งแล้วค่ะ", "th-TH").isEmpty)
        #expect(try taboos("Your Ganesha idol ships tomorrow for the festival.", "en-IN").isEmpty)
        // Another market does not share the reading.
        #expect(try taboos("Our Lord Ganesha print doormat is back in stock!", "en-US").isEmpty)
    }

    @Test func aPlacementNeedsObjectsAndPlaces() throws {
        let noPlaces = """
            taboos:
              - {id: t, kind: placement, regions: [TH], objects: {en: [idol]}, reading: {en: r}, source: s}
            """
        #expect(throws: PackError.self) { try Taboo.read(noPlaces, path: "t.yml") }
        let placesOnGift = """
            taboos:
              - {id: t, kind: gift, regions: [TH], objects: {en: [idol]}, places: {en: [floor]}, reading: {en: r}, source: s}
            """
        #expect(throws: PackError.self) { try Taboo.read(placesOnGift, path: "t.yml") }
        let good = """
            taboos:
              - {id: t, kind: placement, regions: [TH], objects: {en: [idol]}, places: {en: [floor]}, reading: {en: r}, source: s}
            """
        #expect(try Taboo.read(good, path: "t.yml").first?.places == ["floor"])
    }
}
