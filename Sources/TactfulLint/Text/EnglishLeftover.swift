/// Tells English left untranslated in a reply written in the customer's language (a template's paragraphs nobody
/// translated: "Unfortunately, one or more items are currently out of stock …" in an Arabic order mail) from a reply
/// written in English and from a bilingual reply (the customer's language and English, one after the other, as
/// shops in Hong Kong, the Gulf and Canada often write).
enum EnglishLeftover {
    /// True when the body text outside `foreign` is in the market's language and the foreign runs are not one block
    /// at the start or end of about the same length (half to twice as long: a translation).
    static func isLeftover(
        _ foreign: [Range<Int>], paragraphs: [Range<Int>], _ expected: String, _ document: Document
    ) -> Bool {
        // A reply all in ASCII to a market written in another script holds no letter of it to tell the language of
        // the text outside the runs by (below, only its letters beyond ASCII are read): no leftover, and no need to
        // cut and copy that text (an English reply to a Japanese or Thai customer, every one of them).
        let nonLatin = isNonLatin(expected)
        if nonLatin, !document.presentASCII.contains(AsciiSet.nonASCIIMarker) { return false }
        let own = paragraphs.flatMap { subtracting(foreign, from: $0) }
        let ownText = own.map { document.string($0) }.joined(separator: "\n")
        // In a market written in another script, the Latin letters of placeholders, links and brand names left
        // around the customer's language don't outvote it.
        let sample =
            nonLatin
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

    /// In a reply to a market written in another script, the lines written only in Latin letters with at least two
    /// words and an English function word outside placeholders and links ("Your %{company.name} Team,", "Thank you for
    /// your order"): a heading or sign-off left in English is too short to be a paragraph of its own.
    static func englishLines(_ document: Document, englishWords: [Range<Int>]) -> [Range<Int>] {
        let inline = document.inlineRegions.map(\.range)
        // In an all-ASCII text no line holds a letter of another script: its first two words decide.
        let ascii = !document.presentASCII.contains(AsciiSet.nonASCIIMarker)
        var lines: [Range<Int>] = []
        for index in 0..<document.lineCount where document.scopes.lineScope(at: index) != .quoted {
            var line = document.lineRange(index)
            while line.lowerBound < line.upperBound, isSpace(document.utf16[line.lowerBound]) {
                line = (line.lowerBound + 1)..<line.upperBound
            }
            while line.upperBound > line.lowerBound, isSpace(document.utf16[line.upperBound - 1]) {
                line = line.lowerBound..<(line.upperBound - 1)
            }
            guard !line.isEmpty, englishWords.contains(where: { line.contains($0.lowerBound) && !isInline($0, inline) })
            else { continue }
            var words = 0, inWord = false, otherScript = false
            for offset in line {
                if ascii, words >= 2 { break }
                let unit = document.utf16[offset]
                let letter = (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A)
                // A letter beyond Latin (punctuation such as ’ and — is not alphabetic).
                if unit >= 0x0250, Unicode.Scalar(unit)?.properties.isAlphabetic == true {
                    otherScript = true
                    break
                }
                if letter, !inWord, !inline.contains(where: { $0.contains(offset) }) { words += 1 }
                inWord = letter
            }
            if !otherScript, words >= 2 { lines.append(line) }
        }
        return lines
    }

    /// Pack languages written in another script than Latin. A plain language tag ("ja", most calls: the market's
    /// language, for every draft) is compared as it is: comparing its base language as a substring cost some 800
    /// instructions.
    static func isNonLatin(_ language: String) -> Bool {
        switch language.utf8.contains(UInt8(ascii: "-")) ? String(baseLanguage(language)) : language {
        case "ar", "ja", "ko", "th", "zh": true
        default: false
        }
    }

    private static func isInline(_ range: Range<Int>, _ inline: [Range<Int>]) -> Bool {
        inline.contains { $0.overlaps(range) }
    }

    private static func isSpace(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x09 || unit == 0x3000 }

    /// `range` without the parts `cuts` cover.
    private static func subtracting(_ cuts: [Range<Int>], from range: Range<Int>) -> [Range<Int>] {
        var pieces = [range]
        for cut in cuts {
            pieces = pieces.flatMap { piece -> [Range<Int>] in
                guard piece.overlaps(cut) else { return [piece] }
                // A cut may start before the piece or end after it (a run of paragraphs over a shorter line).
                let before = piece.lowerBound..<max(piece.lowerBound, cut.lowerBound)
                let after = min(piece.upperBound, cut.upperBound)..<piece.upperBound
                return [before, after].filter { !$0.isEmpty }
            }
        }
        return pieces
    }

    /// The tag's first non-empty subtag, as `split(separator: "-").first` gives it, without making the array of
    /// every subtag (asked for the market's language on every draft).
    private static func baseLanguage(_ tag: String) -> Substring {
        tag.drop(while: { $0 == "-" }).prefix(while: { $0 != "-" })
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
