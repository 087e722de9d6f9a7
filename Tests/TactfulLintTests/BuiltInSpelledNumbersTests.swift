import TactfulData
import TactfulICU
import TactfulUnits
import Testing

@testable import TactfulLint

/// The numbers in words read when the binary was built, for the built-in markets' languages and English, are what
/// ICU gives at run time, in the same order.
@Suite struct BuiltInSpelledNumbersTests {
    @Test(arguments: ["en", "de", "fr", "es", "pt", "it", "nl", "pl", "id", "ja", "ko", "zh", "th", "ar"])
    func builtInNumbersMatchICU(language: String) throws {
        let locale = try ICU.LocaleID(tag: language)
        #expect(BuiltInData.spelledNumbers(locale.identifier) != nil, "no built-in numbers for \(language)")
        let built = PeriodReader.spelledNumbers(locale).map { "\($0.value) \($0.words)" }
        let read = SpelledNumberReader.numbers(locale: locale).map { "\($0.value) \($0.words)" }
        #expect(built == read)
        #expect(built.count >= SpelledNumberReader.range.count)
    }

    @Test func numbersSurviveTheirTextForm() throws {
        let numbers = SpelledNumberReader.numbers(locale: try ICU.LocaleID(tag: "pt"))
        let decoded = SpelledNumberReader.decode(SpelledNumberReader.encode(numbers))
        #expect(decoded.map(\.words) == numbers.map(\.words))
        #expect(decoded.map(\.value) == numbers.map(\.value))
        #expect(numbers.contains { $0.words == "duas" && $0.value == 2 })  // the feminine rule set too
    }
}
