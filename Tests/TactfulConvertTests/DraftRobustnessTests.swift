import Foundation
import Testing
import TactfulICU

@testable import TactfulConvert

/// Drafts are arbitrary text: scanning never crashes, spans always point at the original text, and applying the
/// conversions to the draft gives exactly the rewritten text.
@Suite struct DraftRobustnessTests {
    /// Pieces that trip scanners: numbers, separators, symbols, units, month names, multi-byte and combining text.
    private static let pieces = [
        "1", "2", "5", "12", "31", "2026", ".", ",", "-", "/", ":", " ", "\u{a0}", "'", "\"", "′", "″", "$", "€",
        "¥", "US$", "USD", "EUR", "EU", "US", "UK", "size", "in", "cm", "kg", "lbs", "°F", "°C", "pm", "a.m.", "March",
        "Mar", "st", "th", "½", "⅔", " 2/3", "😀", "e\u{301}", "İ", "ǅ", "日本", "円", "元", "km/h", "fl oz", "\n",
    ]

    @Test func randomDraftsScanSafelyAndApplyExactly() throws {
        let rates = ProvidedRates(rates: try RatesParser.parse(RatesFixtures.ecbXML, source: "fixture"), origin: .file)
        let converter = DraftConverter(
            locale: try ICU.LocaleID(tag: "de-DE"), currency: "EUR", rates: rates,
            sizes: SizeConverter(table: try SizeTableReader.builtIn(.shoesMen)))
        var state: UInt64 = 0x5eed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<300 {
            let draft = (0..<(5 + next(40))).map { _ in Self.pieces[next(Self.pieces.count)] }.joined()
            let result = converter.convert(draft)
            _ = try? QuantityParser.parse(draft)  // the `units` argument path: an error or a quantity, never a crash
            _ = NumberText.parse(draft)
            _ = SizeValue.number(draft)
            var rebuilt = Array(draft.utf16)
            var lastStart = Int.max
            for conversion in result.conversions.reversed() {
                #expect(conversion.span.start < conversion.span.end && conversion.span.end <= lastStart)
                lastStart = conversion.span.start
                let original = String(decoding: rebuilt[conversion.span.start..<conversion.span.end], as: UTF16.self)
                #expect(original == conversion.original, "\(draft.debugDescription)")
                rebuilt.replaceSubrange(
                    conversion.span.start..<conversion.span.end, with: Array(conversion.replacement.utf16))
            }
            #expect(String(decoding: rebuilt, as: UTF16.self) == result.text)
        }
    }
}
