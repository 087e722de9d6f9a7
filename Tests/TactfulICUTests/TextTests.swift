import Testing
import TactfulICU

@Suite struct TextTests {
    private func words(_ text: String, _ tag: String) throws -> [String] {
        let iterator = try ICU.BreakIterator(.word, locale: try ICU.LocaleID(tag: tag))
        let utf16 = Array(text.utf16)
        return try iterator.segments(of: utf16).filter(\.isWord).map {
            String(decoding: utf16[$0.range], as: UTF16.self)
        }
    }

    @Test func japaneseSegmentsIntoDictionaryWords() throws {
        let parts = try words("ご注文の商品を発送いたしました", "ja")
        #expect(parts.count > 4)
        #expect(parts.contains("注文"))
        #expect(parts.contains("商品"))
    }

    @Test func englishContractionsStayWhole() throws {
        #expect(try words("We can’t ship it, sorry!", "en") == ["We", "can’t", "ship", "it", "sorry"])
    }

    @Test func thaiAndChineseSegmentWithoutSpaces() throws {
        #expect(try words("ขอบคุณมากครับ", "th").count >= 2)
        #expect(try words("我们无法退款", "zh").count >= 2)
    }

    @Test func segmentsCoverTheWholeText() throws {
        let text = "Hallo! Wie geht's? 😀 Gut."
        let segments = try ICU.BreakIterator(.word, locale: try ICU.LocaleID(tag: "de")).segments(of: text)
        #expect(segments.first?.range.lowerBound == 0)
        #expect(segments.last?.range.upperBound == text.utf16.count)
        #expect(zip(segments, segments.dropFirst()).allSatisfy { $0.range.upperBound == $1.range.lowerBound })
    }

    @Test func sentences() throws {
        let iterator = try ICU.BreakIterator(.sentence, locale: try ICU.LocaleID(tag: "en"))
        #expect(try iterator.segments(of: "Hi there. Your order shipped! Thanks?").count == 3)
    }

    @Test func caseFoldingAndLocaleCasing() throws {
        #expect(try ICU.foldCase("Straße CAN’T") == "strasse can’t")
        #expect(try ICU.uppercase("istanbul", locale: try ICU.LocaleID(tag: "tr")) == "İSTANBUL")
        #expect(try ICU.lowercase("ÉTÉ", locale: try ICU.LocaleID(tag: "fr")) == "été")
    }

    @Test func normalisationForms() throws {
        #expect(try ICU.normalize("ＣＡＮ’Ｔ", to: .nfkcCasefold) == "can’t")
        #expect(try ICU.normalize("e\u{301}", to: .nfc) == "é")
        #expect(try ICU.normalize("①ｶ", to: .nfkc) == "1カ")
    }

    @Test func hanScriptConversion() throws {
        #expect(try ICU.Transliterator(id: "Hans-Hant").transform("退款已经处理") == "退款已經處理")
        #expect(try ICU.Transliterator(id: "Hant-Hans").transform("謝謝您的訂單") == "谢谢您的订单")
        #expect(throws: ICUError.self) { try ICU.Transliterator(id: "No-Such-Transform") }
    }

    @Test func pluralRules() throws {
        let polish = try ICU.PluralRules(locale: try ICU.LocaleID(tag: "pl"))
        #expect(try polish.category(for: 1) == "one")
        #expect(try polish.category(for: 3) == "few")
        #expect(try polish.category(for: 5) == "many")
        #expect(try ICU.PluralRules(locale: try ICU.LocaleID(tag: "ja")).category(for: 1) == "other")
    }

    @Test func listFormatting() throws {
        #expect(
            try ICU.formatList(["rot", "grün", "blau"], locale: try ICU.LocaleID(tag: "de")) == "rot, grün und blau")
        #expect(try ICU.formatList(["S", "M"], locale: try ICU.LocaleID(tag: "en"), type: .or) == "S or M")
    }
}

@Suite struct RegexTests {
    @Test func findsAllMatchesAsUTF16Ranges() throws {
        let regex = try ICU.Regex(#"\b\d{1,2}/\d{1,2}/\d{4}\b"#)
        #expect(try regex.matches(in: "😀 on 03/04/2026 or 5/6/2027") == [6..<16, 20..<28])
        #expect(try ICU.Regex("can't", ignoresCase: true).matches(in: "We CAN'T") == [3..<8])
    }

    @Test func capturingGroupsComeWithEachMatch() throws {
        let regex = try ICU.Regex(#"(\d+)/(\d+)(?:/(\d{4}))?"#)
        #expect(try regex.groupCount() == 3)
        let found = try regex.matchesWithGroups(in: Array("😀 3/4/2026 and 5/6".utf16))
        #expect(found == [[3..<11, 3..<4, 5..<6, 7..<11], [16..<19, 16..<17, 18..<19, nil]])
    }

    @Test func badPatternIsAnError() {
        #expect(throws: ICUError.self) { try ICU.Regex("(unclosed") }
    }

    @Test func catastrophicBacktrackingTimesOutInsteadOfHanging() throws {
        let regex = try ICU.Regex("(a+)+$", timeLimit: 5)
        let hostile = String(repeating: "a", count: 40) + "!"
        #expect {
            _ = try regex.matches(in: hostile)
        } throws: { error in
            (error as? ICUError)?.name == "U_REGEX_TIME_OUT"
        }
    }
}
