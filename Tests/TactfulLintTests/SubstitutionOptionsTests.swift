import Testing
@testable import TactfulLint

/// The substitution kind's `case-sensitive`, `skip-proper-names` and `transliterate` options.
@Suite struct SubstitutionOptionsTests {
    static let pack = """
        pack: en-GB
        rules:
          - id: test.us
            kind: substitution
            category: vocabulary
            case-sensitive: true
            pairs: {US: the United States, Fed: the Federal Reserve}
            message: Spell it out.
            source: test
            examples:
              trigger: ["We ship to ↓US addresses.", "Rates follow the ↓Fed."]
              clean: ["Please contact us today.", "Thank you for letting us know.", "We fed the data in."]
              fix:
                - before: "We ship to US addresses."
                  after: "We ship to the United States addresses."
          - id: test.center
            kind: substitution
            category: vocabulary
            skip-proper-names: true
            pairs: {center: centre, color: colour}
            message: British spelling.
            source: test
            examples:
              trigger: ["It is at our service ↓center.", "↓Center the label on the box.", "The ↓COLOR is darker.",
                        "SHOP: ↓Center the label on the box."]
              clean: ["We met at the Kennedy Space Center.", "Order it from the Color Run shop.", "It is at our service centre."]
              fix:
                - before: "Center the label."
                  after: "Centre the label."
        """

    @Test func examplesOfBothOptionsBehave() throws {
        let failures = try TestPack(Self.pack).exampleFailures
        #expect(failures == [], "\(failures.joined(separator: "\n"))")
    }

    @Test func caseSensitivePairsOfOneWordStayApart() throws {
        let both = Self.pack.replacingOccurrences(
            of: "{US: the United States, Fed: the Federal Reserve}",
            with: "{US: the United States, us: we}")
        let test = try TestPack(both)
        let found = try test.findings("test.us", in: "Tell us if US customs holds it.")
        #expect(found.map(\.match) == ["us", "US"])
        #expect(found.map { $0.fixes.first?.replacement } == ["we", "the United States"])
    }

    @Test func withoutTheOptionCaseIsIgnored() throws {
        let loose = Self.pack.replacingOccurrences(of: "    case-sensitive: true\n", with: "")
        let found = try TestPack(loose).findings("test.us", in: "Please contact us today.")
        #expect(found.map(\.match) == ["us"])
    }

    @Test func aTransformReadsBothColumnsInTheMarketsScript() throws {
        let pack = """
            pack: zh-CN
            rules:
              - id: test.taiwan
                kind: substitution
                category: vocabulary
                transliterate: Hant-Hans
                pairs: {軟體: 軟件, 影片: 視頻}
                message: Mainland term.
                source: test
                examples:
                  trigger: ["请更新↓软体。"]
                  clean: ["请更新软件。"]
            """
        let found = try TestPack(pack).findings("test.taiwan", in: "请更新软体，再把影片发给我们。")
        #expect(found.map(\.match) == ["软体", "影片"])
        #expect(found.map { $0.fixes.first?.replacement } == ["软件", "视频"])
        let bad = pack.replacingOccurrences(of: "Hant-Hans", with: "No-Such-Transform")
        #expect(throws: PackError.self) { try TestPack(bad) }
    }
}
