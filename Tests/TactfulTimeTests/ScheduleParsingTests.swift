import TactfulTime
import Testing

@Suite struct ScheduleParsingTests {
    @Test func readsTheDocumentedForm() throws {
        let parsed = try schedule(BusinessClockTests.shenzhen)
        #expect(parsed.zone.identifier == "Asia/Shanghai")
        #expect(parsed.weekly[.mon]?.map(\.description) == ["09:00-12:00", "13:00-18:00"])
        #expect(parsed.weekly[.sat] == [])
        #expect(parsed.weekly[.sun] == nil)
        #expect(parsed.closed.count == 2)
        #expect(parsed.open[try #require(LocalDate(iso: "2026-09-27"))]?.first?.description == "09:00-18:00")
    }

    @Test func intervalsCrossMidnightOrCoverTheWholeDay() throws {
        let night = try #require(WallInterval(parsing: "22:00-06:00"))
        #expect(night.end - night.start == 8 * 3600)
        #expect(night.description == "22:00-06:00")
        #expect(try #require(WallInterval(parsing: "00:00-24:00")).end == 86_400)
        #expect(WallInterval(parsing: "09:00-09:00") == nil)
        #expect(WallInterval(parsing: "24:00-06:00") == nil)
        #expect(WallInterval(parsing: "9:00-18:00") == nil)
    }

    @Test func errorsPointIntoTheFile() {
        let cases: [(String, String)] = [
            (
                "timezone: UTC\nhours:\n  mon: [\"09:00-25:00\"]\n",
                "test.yml:3:9: error: '09:00-25:00' is not an interval"
            ),
            ("timezone: UTC\nhours: {}\nholiday: CN\n", "test.yml:3:1: error: unknown key 'holiday'"),
            ("timezone: UTC\nhours:\n  monday: []\n", "test.yml:3:3: error: unknown weekday 'monday'"),
            ("timezone: Europe/Berln\nhours: {}\n", "test.yml:1:11: error: unknown time zone 'Europe/Berln'"),
            ("hours: {}\n", "test.yml:1:1: error: a schedule needs 'timezone:'"),
            ("timezone: UTC\nhours: {}\nclosed: [2026-02-30]\n", "test.yml:3:10: error: '2026-02-30' is not a date"),
            ("timezone: UTC\nhours: [\n", "test.yml:3:1: error:"),
        ]
        for (yaml, expected) in cases {
            do {
                _ = try schedule(yaml)
                Issue.record("expected an error for \(yaml)")
            } catch {
                #expect(String(describing: error).hasPrefix(expected), "\(error)")
            }
        }
    }
}
