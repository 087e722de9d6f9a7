import TactfulCalendarOccasions
import TactfulData
import Testing

@testable import TactfulLint

/// The occasion kind's phrases listed when the binary was built are those of the occasions a run reads.
@Suite struct OccasionPhraseTests {
    @Test func theBuiltInPhrasesAreThoseOfTheOccasionsARunReads() {
        let curated = Occasion.builtIn.map { (names: $0.names, greetings: $0.greetings) }
        let calendar = CalendarOccasion.decode(BuiltInData.calendarOccasions)
        #expect(OccasionPhrase.builtIn.count > 300)
        #expect(OccasionPhrase.builtIn == OccasionPhrase.phrases(curated: curated, calendar: calendar))
        let occasions = Occasion.builtIn + CalendarOccasions.builtIn
        for phrase in OccasionPhrase.builtIn {
            #expect(phrase.curated == (phrase.occasion < Occasion.builtIn.count))
            #expect(occasions[phrase.occasion].names.values.joined().contains(phrase.text) != phrase.greeting)
        }
    }

    @Test func aNameRepeatedInAnyCaseIsTheFirstCuratedOccasions() throws {
        let phrases = OccasionPhrase.phrases(
            curated: [
                (names: ["en": ["Labor Day"]], greetings: [:]),
                (names: ["es": ["Día del Trabajo"], "en": ["labor day"]], greetings: ["en": ["Happy Labor Day"]]),
            ],
            calendar: [
                CalendarOccasion(
                    region: "CN", english: "LABOR DAY", simplifiedChinese: "劳动节",
                    names: ["en": "LABOR DAY", "zh": "劳动节"])
            ])
        #expect(phrases.map(\.text) == ["Labor Day", "Día del Trabajo", "Happy Labor Day", "劳动节"])
        #expect(phrases.map(\.occasion) == [0, 1, 1, 2])
        #expect(phrases.map(\.curated) == [true, true, true, false])
        #expect(phrases.map(\.greeting) == [false, false, true, false])
        let encoded = try #require(OccasionPhrase.encode(phrases))
        #expect(encoded.hasPrefix("0\tn\tLabor Day\n1\tn\tDía del Trabajo\n1\tg\tHappy Labor Day\n2\tc\t劳动节"))
        #expect(OccasionPhrase.decode(encoded) == phrases)
        #expect(OccasionPhrase.decode("x\tn\tLabor Day") == nil)
        let broken = OccasionPhrase(occasion: 0, curated: true, greeting: false, text: "a\tb")
        #expect(OccasionPhrase.encode([broken]) == nil)
    }
}
