import TactfulICU
import TactfulPhraseFolding
import Testing

@testable import TactfulLint

/// A draft's ASCII fold (`NormalizedText.foldASCII`: a whitespace test only for segments starting with whitespace,
/// offsets converted unchecked) against the segment-by-segment fold every other text takes: the same units, offsets
/// and word boundaries, with the segments the linter uses (the ASCII breaker's, or ICU's where a locale's rules
/// differ), on random ASCII text and on the examples' ASCII drafts.
@Suite struct DraftFoldingTests {
    /// Markets' languages, French and Italian (elision), and Finnish (whose rules keep `:` inside words, so ICU
    /// segments its texts).
    static let tags = ["en-US", "fr-FR", "it-IT", "de-DE", "ja-JP", "th-TH", "fi-FI"]

    private func expectSameFold(_ text: [UInt16], _ pool: ICUPool, _ locale: ICU.LocaleID) throws {
        let segments = try pool.wordSegments(of: text, isASCII: true, locale)
        let fast = try NormalizedText(utf16: text, segments: segments)
        let slow = try NormalizedText(segmentwise: text, segments: segments)
        #expect(
            fast.units == slow.units && fast.originalOffset == slow.originalOffset
                && fast.isBoundary == slow.isBoundary,
            "\(locale.identifier): \(String(decoding: text, as: UTF16.self).debugDescription)")
    }

    @Test func foldsRandomTextAsSegmentBySegment() throws {
        var random = RandomAsciiTexts()
        let frequent = Array("abldquXYZ019.',;:_-   \t\n\r".utf16) + [0x0B, 0x0C]
        for tag in Self.tags {
            let pool = ICUPool(), locale = try ICU.LocaleID(tag: tag)
            for text in random.texts(400, maxLength: 60, oneIn: 4, frequent: frequent) {
                try expectSameFold(text, pool, locale)
            }
        }
    }

    @Test func foldsTheExamplesAsSegmentBySegment() throws {
        let texts = AsciiTestTexts.files(under: ["Examples"])
        #expect(texts.count >= 5)
        for tag in ["en-GB", "fr-FR", "fi-FI"] {
            let pool = ICUPool(), locale = try ICU.LocaleID(tag: tag)
            for text in texts { try expectSameFold(text, pool, locale) }
        }
    }

    @Test func foldsEmptyAndWhitespaceOnlyTexts() throws {
        let pool = ICUPool(), locale = try ICU.LocaleID(tag: "en-US")
        for text in ["", " ", "\n", "\r\n", " \t \n\n  ", "a", "A \n B"] {
            try expectSameFold(Array(text.utf16), pool, locale)
        }
    }
}
