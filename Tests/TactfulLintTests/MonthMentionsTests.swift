import TactfulICU
import Testing

@testable import TactfulLint

/// Month names found byte by byte in ASCII text against Foundation's search, which finds them in any text.
@Suite struct MonthMentionsTests {
    /// Random ASCII lines around month names (whole, cut short, run into letters or digits, in any case): the months
    /// named are the same whichever way the names are searched for.
    @Test func bytewiseSearchFindsWhatFoundationFinds() throws {
        var random = RandomAsciiTexts()
        let noise = ["1", "26", "th", "of", "the", "may", "marzo", "x", " ", " ", ", ", ". ", "-", "'", "\t"]
        for tag in AsciiWordBreakerTests.tags {
            let locale = try ICU.LocaleID(tag: tag)
            let names = MonthMentions.names(locale).joined().filter { $0.utf8.allSatisfy { $0 < 0x80 } }
            for _ in 0..<300 {
                var line = ""
                for _ in 0..<(1 + random.next(8)) {
                    var piece = random.next(2) == 0 ? names[random.next(names.count)] : noise[random.next(noise.count)]
                    if random.next(4) == 0 { piece = String(piece.prefix(1 + random.next(piece.count))) }
                    if random.next(3) == 0 { piece = piece.uppercased() }
                    line += piece
                }
                #expect(
                    MonthMentions.months(in: line, locale: locale)
                        == MonthMentions.months(in: line, locale: locale, bytewise: false), "\(tag): \(line)")
            }
        }
    }

    @Test func namesOutsideASCIIAreFoundOnlyInTextOutsideASCII() throws {
        let german = try ICU.LocaleID(tag: "de-DE"), chinese = try ICU.LocaleID(tag: "zh-CN")
        #expect(MonthMentions.months(in: "Ab dem 3. März gilt", locale: german) == [3])
        #expect(MonthMentions.months(in: "Ab dem 3. Marz gilt", locale: german) == [])
        #expect(MonthMentions.months(in: "Ab dem 3. Maerz oder im April", locale: german) == [4])
        #expect(MonthMentions.months(in: "三月 or in May", locale: chinese) == [3, 5])
        #expect(MonthMentions.months(in: "in 3 or in May", locale: chinese) == [5])
    }

    /// Thai leaves no space between words: a month name right after a letter ("เดือนพฤษภาคม", the month of May) is
    /// still a month.
    @Test func aThaiNameAfterALetterIsAMonth() throws {
        let thai = try ICU.LocaleID(tag: "th-TH")
        #expect(MonthMentions.months(in: "ช่วงวันแม่เดือนพฤษภาคมนี้", locale: thai) == [5])
        #expect(MonthMentions.months(in: "ส่งของวันนี้ค่ะ", locale: thai) == [])
    }
}
