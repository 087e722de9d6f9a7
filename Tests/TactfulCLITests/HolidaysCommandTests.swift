import Foundation
import Testing

@Suite struct HolidaysCommandTests {
    @Test func listsAYearAsJSONInTheMarketsLanguage() throws {
        let json = try CLI.json(["holidays", "--market", "DE", "--year", "2026", "--format", "json"])
        #expect(json["market"] as? String == "DE")
        #expect(json["year"] as? Int == 2026)
        let holidays = json["holidays"] as? [[String: Any]] ?? []
        #expect(holidays.count == 9)
        let unity = holidays.first { $0["date"] as? String == "2026-10-03" }
        #expect(unity?["name"] as? String == "Tag der Deutschen Einheit")
        #expect(unity?["observed"] as? Bool == false)
        #expect(unity?["estimated"] as? Bool == false)
        #expect((json["workdays"] as? [Any])?.isEmpty == true)
    }

    @Test func namesInEnglishOnRequestAndObservedDaysAsEntries() throws {
        let json = try CLI.json([
            "holidays", "--market", "US", "--year", "2026", "--ui-language", "en", "--format", "json",
        ])
        let holidays = json["holidays"] as? [[String: Any]] ?? []
        let observed = holidays.filter { $0["observed"] as? Bool == true }.compactMap { $0["date"] as? String }
        #expect(observed == ["2026-07-03"])
    }

    @Test func chinaHasMakeUpWorkdaysAndTagsResolveToRegions() throws {
        let json = try CLI.json([
            "holidays", "--market", "zh-CN", "--from", "2026-09-15", "--to", "2026-10-15", "--format", "json",
        ])
        let workdays = (json["workdays"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
        #expect(workdays == ["2026-09-20", "2026-10-10"])
        #expect(json["from"] as? String == "2026-09-15")
        let names = (json["holidays"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(names.contains("国庆节"))
    }

    @Test func islamicHolidaysAreMarkedAsEstimates() throws {
        let json = try CLI.json(["holidays", "--market", "SA", "--year", "2027", "--format", "json"])
        let eid = (json["holidays"] as? [[String: Any]] ?? []).filter {
            ($0["name"] as? String)?.contains("عيد") == true
        }
        #expect(!eid.isEmpty && eid.allSatisfy { $0["estimated"] as? Bool == true })
    }

    @Test func estimatedDatesReadAsExpectedInTheMarketsLanguage() throws {
        let json = try CLI.json(["holidays", "--market", "AE", "--year", "2027", "--format", "json"])
        let holidays = json["holidays"] as? [[String: Any]] ?? []
        let estimated = holidays.filter { $0["estimated"] as? Bool == true }
        #expect(!estimated.isEmpty)
        #expect(estimated.allSatisfy { ($0["dateText"] as? String)?.hasPrefix("من المتوقع في ") == true })
        let newYear = holidays.first { $0["date"] as? String == "2027-01-01" }
        #expect((newYear?["dateText"] as? String)?.hasPrefix("في ") == true)
        let text = try CLI.run(["holidays", "--market", "IN", "--year", "2027", "--ui-language", "en"])
        #expect(text.stdout.contains("Diwali  (estimated) — expected on "))
    }

    @Test func indiasFestivalsFollowTheDoPTListThenAreEstimates() throws {
        func diwali(_ year: Int) throws -> [String: Any]? {
            let json = try CLI.json(["holidays", "--market", "IN", "--year", "\(year)", "--format", "json"])
            return (json["holidays"] as? [[String: Any]] ?? []).first { $0["name"] as? String == "Diwali" }
        }
        let listed = try diwali(2026)
        #expect(listed?["date"] as? String == "2026-11-08")
        #expect(listed?["estimated"] as? Bool == false)
        #expect(try diwali(2027)?["estimated"] as? Bool == true)
    }

    @Test func badInputExitsTwo() throws {
        let unknown = try CLI.run(["holidays", "--market", "XY", "--year", "2026"])
        #expect(unknown.status == 2 && unknown.stderr.contains("'XY'"))
        #expect(try CLI.run(["holidays", "--market", "DE", "--from", "2026-01-01"]).status == 2)
        #expect(try CLI.run(["holidays", "--market", "DE", "--from", "2026-13-01", "--to", "2026-12-01"]).status == 2)
        let help = try CLI.run(["holidays", "--help"])
        #expect(help.status == 0 && help.stdout.contains("Examples:"))
    }
}
