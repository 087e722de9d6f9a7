import TactfulICU
import Testing

@testable import TactfulLint

/// The period reader's lowering of units and its early rejection of words that only start like a number in words
/// read what the unit-by-unit comparison over Unicode's properties read.
@Suite struct PeriodReaderLoweringTests {
    /// Every UTF-16 unit is lowered as Unicode's properties lower it, the caseless scripts told by range included.
    @Test func loweringByRangeAgreesWithUnicodeProperties() {
        let disagreeing = (0...0xFFFF).map(UInt16.init).filter {
            PeriodReader.lowered($0) != PeriodReader.loweredByProperties($0)
        }
        #expect(disagreeing.isEmpty)
    }

    /// Words sharing their first two or three letters with numbers ("the", "these", "thirst" beside "three",
    /// "thirteen", "thirty-one") are no numbers; the numbers beside them still are, in any case.
    @Test func wordsStartingLikeNumbersAreNoNumbers() {
        let text = Array("The thirst of these THIRTY-ONE days, thirteen Weeks, then three years; this fortnight.".utf16)
        let periods = PeriodReaders.builtIn.reader(for: "en").periods(in: 0..<text.count, of: text)
        #expect(periods.map(\.days) == [31, 91, 1095])
        #expect(periods.map { String(decoding: text[$0.range], as: UTF16.self) }.first == "THIRTY-ONE days")
    }

    /// Numbers in words are lowered as `String.lowercased()` lowers them (the reader skips it for an ASCII text and
    /// for one no scalar of which changes when lowercased): every built-in language's, and texts with capitals.
    @Test func numbersInWordsAreLoweredAsStringsLowerThem() throws {
        let languages = ["en", "de", "fr", "es", "pt", "it", "nl", "pl", "id", "ja", "ko", "zh", "th", "ar"]
        let words = try languages.flatMap { PeriodReader.spelledNumbers(try ICU.LocaleID(tag: $0)).map(\.words) }
        let capitals = ["FÜNF", "Dreißig", "ŚWIĘTA", "İKİ", "ΣΟΦΙΑ", "Ǆ", "ǅa", "Å", "\u{212B}", "é", "e\u{0301}", "x"]
        #expect(words.count > 500)
        for text in words + capitals {
            let lowered = text.lowercased()
            let expected = lowered.count >= 2 ? Array(lowered.utf16) : nil
            #expect(PeriodReader.lowercasedUnits(text, ifCharacters: 2) == expected, "\(text)")
        }
    }

    /// Durations in caseless scripts are read as before: Korean and Thai names after digits.
    @Test(arguments: [("ko", "수령 후 14일 이내", 14), ("th", "ภายใน 30 วัน", 30)])
    func durationsInCaselessScriptsAreRead(language: String, text: String, days: Int) {
        let units = Array(text.utf16)
        let periods = PeriodReaders.builtIn.reader(for: language).periods(in: 0..<units.count, of: units)
        #expect(periods.map(\.days) == [days])
    }
}
