import TactfulCalendarOccasions
import TactfulData
import Testing

@testable import TactfulLint

/// The calendar occasions found when the binary was built are those the embedded calendars give at run time.
@Suite struct BuiltInCalendarOccasionsTests {
    @Test func theBuiltInOccasionsAreThoseOfTheEmbeddedCalendars() throws {
        let wordsPath = "Glossaries/culture/holiday-words.yml"
        let words = HolidayWords(yaml: BuiltInData.text(at: wordsPath), path: wordsPath)
        #expect(!words.words.isEmpty)
        let found = CalendarOccasionFinder.occasions(
            calendars: BuiltInData.files(under: "Glossaries/holidays"), holidayWords: words)
        #expect(found.count > 30)
        #expect(CalendarOccasion.decode(BuiltInData.calendarOccasions) == found)
        let encoded = try #require(CalendarOccasion.encode(found))
        #expect(CalendarOccasion.decode(encoded) == found)
        #expect(CalendarOccasions.builtIn.map(\.id) == found.map { "calendar.\($0.region).\($0.english)" })
        #expect(CalendarOccasions.builtIn.map(\.names) == found.map { $0.names.mapValues { [$0] } })
    }

    @Test func anOccasionIsOneLineOfTabSeparatedFields() throws {
        let occasion = CalendarOccasion(
            region: "KR", english: "Hangul Day", simplifiedChinese: "韩文日", names: ["ko": "한글날", "en": "Hangul Day"])
        #expect(CalendarOccasion.encode([occasion]) == "KR\tHangul Day\t韩文日\ten\tHangul Day\tko\t한글날")
        let two = try #require(CalendarOccasion.encode([occasion, occasion]))
        #expect(CalendarOccasion.decode(two) == [occasion, occasion])
        let broken = CalendarOccasion(region: "KR", english: "Hangul\tDay", simplifiedChinese: "", names: [:])
        #expect(CalendarOccasion.encode([broken]) == nil)
    }
}
