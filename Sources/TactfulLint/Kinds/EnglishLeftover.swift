/// Tells English left untranslated in a reply written in the customer's language (a template's paragraphs nobody
/// translated: "Unfortunately, one or more items are currently out of stock …" in an Arabic order mail) from a reply
/// written in English and from a bilingual reply (the customer's language and English, one after the other, as
/// shops in Hong Kong, the Gulf and Canada often write).
enum EnglishLeftover {
    /// True when the body paragraphs outside `foreign` are in the market's language and the foreign runs are not one
    /// block at the start or end of about the same length (half to twice as long: a translation).
    static func isLeftover(
        _ foreign: [Range<Int>], paragraphs: [Range<Int>], _ expected: String, _ document: Document
    ) -> Bool {
        let own = paragraphs.filter { paragraph in !foreign.contains { $0.overlaps(paragraph) } }
        let ownText = own.map { document.string($0) }.joined(separator: "\n")
        // In a market written in another script, the Latin letters of placeholders, links and brand names left
        // around the customer's language don't outvote it.
        let sample =
            nonLatinLanguages.contains(baseLanguage(expected))
            ? String(String.UnicodeScalarView(ownText.unicodeScalars.filter { !$0.isASCII })) : ownText
        guard let detected = LanguageDetector.detect(sample, minimumWords: 4),
            baseLanguage(detected.language) == baseLanguage(expected)
        else { return false }
        guard foreign.count == 1, let block = foreign.first else { return true }
        let atStart = !own.contains { $0.upperBound <= block.lowerBound }
        let atEnd = !own.contains { $0.lowerBound >= block.upperBound }
        guard atStart || atEnd else { return true }
        let foreignWords = wordEquivalents(document.string(block))
        let ownWords = wordEquivalents(ownText)
        return !(foreignWords * 2 >= ownWords && foreignWords <= ownWords * 2)
    }

    /// Pack languages written in another script than Latin.
    private static let nonLatinLanguages: Set<Substring> = ["ar", "ja", "ko", "th", "zh"]

    private static func baseLanguage(_ tag: String) -> Substring {
        tag.split(separator: "-").first ?? Substring(tag)
    }

    /// A text's length in words: space-separated words, and for scripts written without spaces two Han or kana
    /// characters or four Thai letters to a word (about what a translation into English takes).
    static func wordEquivalents(_ text: String) -> Int {
        var words = 0, dense = 0, thai = 0, inWord = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (0x3040...0x30FF).contains(value) || (0x3400...0x9FFF).contains(value) {
                dense += 1
                inWord = false
            } else if (0x0E00...0x0E7F).contains(value) {
                thai += 1
                inWord = false
            } else if scalar.properties.isAlphabetic {
                if !inWord { words += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        return words + dense / 2 + thai / 4
    }
}
