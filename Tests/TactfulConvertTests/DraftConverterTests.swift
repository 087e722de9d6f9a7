import Foundation
import TactfulICU
import Testing

@testable import TactfulConvert

@Suite struct DraftConverterTests {
    /// The text with ICU's no-break spaces as plain spaces, for readable expectations.
    private func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{a0}", with: " ").replacingOccurrences(of: "\u{202f}", with: " ")
    }

    private func converter(_ tag: String, currency: String) throws -> DraftConverter {
        let rates = try RatesParser.parse(RatesFixtures.ecbXML, source: "fixture")
        return DraftConverter(
            locale: try ICU.LocaleID(tag: tag), currency: currency, rates: ProvidedRates(rates: rates, origin: .file))
    }

    @Test func rewritesPricesMeasurementsDatesAndTimes() throws {
        let draft = "The strap is 10 inches and costs $49.99. It ships March 15, 2026 at 3:00 PM; keep it below 75°F."
        let result = try converter("de-DE", currency: "EUR").convert(draft)
        #expect(
            plain(result.text)
                == "The strap is 10 inches (25,4 cm) and costs $49.99 (≈ 46,21 €). It ships 15. März 2026 at 15:00; keep it below 75°F (23,9 °C)."
        )
        #expect(result.conversions.map(\.kind) == ["measurement", "price", "date", "time", "measurement"])
        #expect(result.conversions[1].note?.contains("'$' read as US dollars") == true)
    }

    @Test func spansAreUTF16OffsetsIntoTheOriginal() throws {
        let draft = "😀 Größe: 5'11\", Preis ¥3000"
        let result = try converter("en-US", currency: "USD").convert(draft)
        let utf16 = Array(draft.utf16)
        for conversion in result.conversions {
            let text = String(decoding: utf16[conversion.span.start..<conversion.span.end], as: UTF16.self)
            #expect(text == conversion.original)
        }
        #expect(result.conversions.map(\.original) == ["¥3000"])
    }

    @Test func leavesAloneWhatAlreadyFitsOrIsAmbiguous() throws {
        let result = try converter("de-DE", currency: "EUR").convert(
            "Total 49,99 € for 30 cm, ordered 03/04/2026, put 2 in the box.")
        #expect(result.conversions.isEmpty)
        #expect(result.warnings.count == 1 && result.warnings[0].contains("03/04/2026"))
    }

    @Test func findsPricesAsWritten() {
        let found = DraftScanner.scan("USD 20, 20 EUR, 49,99 €, ¥3000, 3000円, HK$ 12.50, 12 apples, A4 paper").matches
        let prices = found.compactMap { match -> String? in
            if case .price(let amount, let currency, _) = match.item { return "\(amount) \(currency)" }
            return nil
        }
        #expect(prices == ["20 USD", "20 EUR", "49.99 EUR", "3000 JPY", "3000 JPY", "12.5 HKD"])
    }

    @Test func withoutRatesForeignPricesAreLeftWithAWarning() throws {
        let converter = DraftConverter(locale: try ICU.LocaleID(tag: "fr-FR"), currency: "EUR", rates: nil)
        let result = converter.convert("It costs $49.99 and is 10 inches long.")
        #expect(result.conversions.map(\.kind) == ["measurement"])
        #expect(result.warnings.first?.contains("no exchange rates") == true)
        #expect(DraftConverter.needsRates("It costs $49.99", currency: "EUR"))
        #expect(!DraftConverter.needsRates("It costs 49,99 €", currency: "EUR"))
    }

    @Test(arguments: [
        "2026-03-15", "March 15, 2026", "15 March 2026", "Mar. 15th, 2026", "15.03.2026", "03/15/2026", "15/03/2026",
    ])
    func readsDatesInTheirCommonForms(form: String) throws {
        let english = DateVocabulary(languages: [try ICU.LocaleID(tag: "en")])
        let matches = DraftScanner.scan("Shipped on \(form).", dates: english).matches
        #expect(matches.count == 1)
        guard case .date(let year, let month, let day, true)? = matches.first?.item else {
            Issue.record("\(form) was not read as a dated day")
            return
        }
        #expect((year, month, day) == (2026, 3, 15))
    }

    @Test(arguments: [
        ("de", "Versand am 3. März 2026.", "fr-FR", "Versand am 3 mars 2026."),
        ("fr", "Livraison le 3 mars 2026.", "de-DE", "Livraison le 3. März 2026."),
        ("es", "Llega el 3 de marzo de 2026.", "en-US", "Llega el Mar 3, 2026."),
        ("ja", "発送日は2026年3月3日です。", "en-US", "発送日はMar 3, 2026です。"),
        ("zh", "预计2026年3月3日发货。", "de-DE", "预计3. März 2026发货。"),
    ])
    func readsDatesInTheDraftsLanguage(language: String, draft: String, market: String, rewritten: String) throws {
        let converter = DraftConverter(
            locale: try ICU.LocaleID(tag: market), currency: "EUR", rates: nil,
            draftLanguages: [try ICU.LocaleID(tag: language)])
        let result = converter.convert(draft)
        #expect(plain(result.text) == rewritten)
        #expect(result.conversions.map(\.kind) == ["date"])
    }

    @Test func draftsAreReadInEnglishAndTheMarketsLanguageByDefault() throws {
        let french = DraftConverter(locale: try ICU.LocaleID(tag: "fr-FR"), currency: "EUR", rates: nil)
        #expect(french.draftLanguages.map(\.language) == ["en", "fr"])
        #expect(
            plain(french.convert("Le 3 mars 2026 ou le March 4, 2026.").text) == "Le 3 mars 2026 ou le 4 mars 2026.")
        let american = DraftConverter(locale: try ICU.LocaleID(tag: "en-US"), currency: "USD", rates: nil)
        #expect(american.convert("Versand am 3. März 2026.").conversions.isEmpty)
        #expect(DraftScanner.scan("Versand am 3. März 2026.").matches.isEmpty)  // numeric dates only without languages
    }

    @Test(arguments: [("3:00 PM", 15, 0), ("3pm", 15, 0), ("12 a.m.", 0, 0), ("15:30", 15, 30)])
    func readsClockTimes(written: String, hour: Int, minute: Int) {
        guard case .time(let foundHour, let foundMinute)? = DraftScanner.scan("at \(written) sharp").matches.first?.item
        else {
            Issue.record("\(written) was not read as a time")
            return
        }
        #expect((foundHour, foundMinute) == (hour, minute))
    }

    @Test func sizesGetTheMarketsSystemWhenACategoryIsGiven() throws {
        let shoes = SizeConverter(table: try SizeTableReader.builtIn(.shoesMen))
        let rates = try RatesParser.parse(RatesFixtures.ecbXML, source: "fixture")
        let american = DraftConverter(
            locale: try ICU.LocaleID(tag: "en-US"), currency: "USD", rates: ProvidedRates(rates: rates, origin: .file),
            sizes: shoes)
        #expect(american.convert("Take EU 42, or 42 EU.").text == "Take EU 42 (US 8.5), or 42 EU (US 8.5).")
        let british = DraftConverter(locale: try ICU.LocaleID(tag: "en-GB"), currency: "GBP", rates: nil, sizes: shoes)
        let disputed = british.convert("You ordered US size 9.")
        #expect(disputed.text == "You ordered US size 9 (UK 8 or 8.5).")
        #expect(disputed.conversions.first?.note?.contains("disagree") == true)
        let withoutCategory = DraftConverter(locale: try ICU.LocaleID(tag: "en-US"), currency: "USD", rates: nil)
        #expect(withoutCategory.convert("Take EU 42.").conversions.isEmpty)
    }

    @Test func civilDaysMatchTheCalendar() {
        #expect(DraftConverter.millis(year: 1970, month: 1, day: 1, hour: 0, minute: 0) == 0)
        #expect(DraftConverter.millis(year: 2026, month: 7, day: 1, hour: 12, minute: 0) == 1_782_907_200_000)
        #expect(DraftConverter.millis(year: 2024, month: 2, day: 29, hour: 0, minute: 0) == 1_709_164_800_000)
    }
}
