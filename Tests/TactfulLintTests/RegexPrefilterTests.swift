import Foundation
import TactfulICU
import TactfulMarkets
import Testing

@testable import TactfulLint

/// The scans that decide whether a built-in regex is compiled and run on a draft: each must hold wherever its regex
/// matches (checked against ICU on random texts built from the pieces the regexes look for, and on every line of the
/// packs), and must pass over a plain reply with an order number, so that such a draft compiles none of them.
@Suite struct RegexPrefilterTests {
    private typealias Scan = ([UInt16]) -> Bool

    /// A plain reply: an order number, a sentence end after it, a number of days.
    private static let plainReply = Array(
        ("Hi Jordan,\n\nThanks for reaching out about order 100245. I'm sorry the sweater arrived in the wrong "
            + "color. We'll refund it within 5 business days.\n\nBest regards,\nSam").utf16)

    /// Pieces the regexes look for, and their look-alikes: digits of other scripts, spaces, separators, signs, clock
    /// and unit words, the Kelvin sign and the long s (they match `k` and `s` ignoring case).
    private static let pieces: [String] = [
        "0", "1", "2", "5", "7", "9", "12", "784", "2026", "１", "٣", "๕", " ", " ", "\u{00A0}", "\u{3000}", "-", ".",
        "/", ":", ",", "'", "’", "(", ")", "a", "p", "m", "A", "P", "M", ". ", "h", "H", "U", "u", "Uhr", "uur", "時",
        "点", "시", "ص", "م", "น.", "jam ", "pukul ", "$", "US$", "€", "£", "¥", "円", "元", "원", "위안", "บาท", "kr", "zł",
        "RM", "Rp", "USD", "EUR", "X", "L", "AB", "S", "Z", "\u{212A}", "\u{017F}", "in", "inch", "cm", "kg", "lb",
        "oz",
        "°F", "°C", "℃", "″", "\"", "ft", "mi", "mph", "g", "gal", "b", "e", "x", "日", "#",
    ]

    /// Deterministic random texts of 1–14 pieces from `pieces`.
    private static func randomTexts(_ pieces: [String], count: Int) -> [[UInt16]] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in Array((0...next(14)).map { _ in pieces[next(pieces.count)] }.joined().utf16) }
    }

    /// Every line of every pack: replies and examples with prices, dates, times, units and identity numbers.
    private static let packLines: [[UInt16]] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Locales")
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return files.flatMap { file in
            ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n").map { Array($0.utf16) }
        }
    }()

    /// Checks that `scan` holds on every text `source` matches, and returns how many texts matched (so that a test
    /// can tell the texts reached the regex at all).
    /// `focus`: pieces drawn as often as all the others together, so that the texts reach the regex.
    private func expectNecessary(_ source: RegexSource, _ scan: Scan, extraPieces: [String] = [], focus: [String] = [])
        throws -> Int
    {
        let regex = try ICU.Regex(source.pattern, ignoresCase: source.ignoresCase)
        var matched = 0
        let focused = Array(
            repeating: focus, count: max(1, (Self.pieces.count + extraPieces.count) / max(1, focus.count)))
        for text in Self.randomTexts(Self.pieces + extraPieces + focused.joined(), count: 4000) + Self.packLines
        where try !regex.matches(in: text).isEmpty {
            matched += 1
            #expect(scan(text), "\(String(decoding: text, as: UTF16.self)) matches \(source.pattern)")
        }
        return matched
    }

    @Test func dateScansHoldWhereverADateMatches() throws {
        let focus = ["1", "12", "2026", "３", "/", ".", "-", "5/", "12.", "6-", "5/6/2026", "05.12.2026"]
        #expect(try expectNecessary(DateCheck.numericDate, DateCheck.mayHoldNumericDate, focus: focus) > 20)
        #expect(try expectNecessary(DateCheck.numericDayMonth, DateCheck.mayHoldDayMonth, focus: focus) > 20)
        #expect(!DateCheck.mayHoldNumericDate(Self.plainReply) && !DateCheck.mayHoldDayMonth(Self.plainReply))
        #expect(DateCheck.mayHoldNumericDate(Array("am 05.12.2026".utf16)))
    }

    @Test func clockScansHoldWhereverATimeMatches() throws {
        let anyTime: Scan = ZoneCheck.mayHoldClockTime
        let focus = ["5", "12", ":30", ".", " ", "a", "P", "m", "M", "h", "\u{212A}"]
        #expect(try expectNecessary(ClockCheck.twelveHour, ClockCheck.mayHoldTwelveHour, focus: focus) > 20)
        let articles = [
            "alle ", "Dalle ", "às ", "ÀS ", "JAM ", "Pukul ", "vom ", "am ", "pu\u{212A}ul ", "hari", "_", "Ha",
            "الساعة ", "عصرًا", "ظهرا", "ع", "ظ",
        ]
        #expect(try expectNecessary(ZoneCheck.clockTime, anyTime, focus: focus + articles) > 20)
        #expect(!anyTime(Self.plainReply))
        // German dates and floors after "vom", "am", "im" are no Indonesian "jam 8".
        #expect(!anyTime(Array("Ihre Bestellung vom 8. Jänner ist am 3. März im 2. Stock angekommen.".utf16)))
        #expect(anyTime(Array("JAM 9 pagi".utf16)) && anyTime(Array("Pukul 9".utf16)))
        // A count of days or hours is no "16 h".
        #expect(!anyTime(Array("tiba dalam 2-3 hari kerja, sous 48 heures, within 24 hours".utf16)))
        #expect(anyTime(Array("ab 16 h".utf16)) && anyTime(Array("à 16h30".utf16)) && anyTime(Array("16 h 30".utf16)))
        #expect(!anyTime(Array("退款金额为¥128.00。".utf16)))
        #expect(anyTime(Array("pukul 14.30".utf16)) && anyTime(Array("10.00 น.".utf16)))
        #expect(anyTime(Array("alle 15".utf16)) && anyTime(Array("às 10".utf16)))
    }

    @Test func currencyScanHoldsWhereverAnAmountMatches() throws {
        #expect(try expectNecessary(CurrencyCheck.amount, CurrencyCheck.mayHoldAmount) > 20)
        #expect(!CurrencyCheck.mayHoldAmount(Self.plainReply))
        #expect(!CurrencyCheck.mayHoldAmount(Array("Ihr Paket wurde heute an DHL übergeben.".utf16)))
    }

    @Test func identityNumberScansHoldWhereverAShapeMatches() throws {
        let ids = [
            "11010519491231002X", "A123456789", "AB123456(7)", "S1234567D", "123.456.789-09", "X1234567L",
            "12345678-Z", "RSSMRA85T10A562S", "850101-1234567", "123-45-6789", "AB 12 34 56 C", "1 85 05 2A 006 084 36",
            "185052A00608436", "784-1985-1234567-1", "2345 6789 0123", "4111 1111 1111 1111", "4111-1111-1111-1111",
        ]
        #expect(try expectNecessary(NationalIDFormat.anyShape, NationalIDFormat.mayHoldShape, extraPieces: ids) > 20)
        #expect(try expectNecessary(PIIRule.card, PIIRule.mayHoldCard, extraPieces: ids) > 20)
        #expect(!NationalIDFormat.mayHoldShape(Self.plainReply) && !PIIRule.mayHoldCard(Self.plainReply))
        #expect(!NationalIDFormat.mayHoldShape(Array("Your refund of $24.99 and 2-3 days".utf16)))
    }

    /// An order number holds only `#`, `-`, A–Z, digits and spaces, so a finding on other units skips its regex: every
    /// unit of every match passes the scan, and a document's inline scopes over random ranges are those of all its
    /// regions.
    @Test func orderNumbersHoldOnlyTheirUnits() throws {
        let source = try #require(ScopeMarkers.inlinePatterns.first { $0.0 == .orderNumber }?.1)
        let regex = try ICU.Regex(source.pattern, ignoresCase: source.ignoresCase)
        let numbers = [
            "#", "# ", "#\u{3000}", "#\u{2028}", "１２３４５６", "٣٤٥٦", "123456", "1Z", "AB-", "-7", "1234", "https://x.io/",
            "a@b.de", "`x`", "\u{0085}", "订单", "（", "）", "无法办理",
        ]
        let texts = Self.randomTexts(Self.pieces + numbers + Array(repeating: "12345", count: 10), count: 4000)
        var matched = 0
        for text in texts + Self.packLines {
            for range in try regex.matches(in: text) {
                matched += 1
                let described = String(decoding: text, as: UTF16.self)
                #expect(text[range].allSatisfy(ScopeMap.mayBelongToOrderNumber), "\(described)")
            }
        }
        #expect(matched > 200)
        let pool = ICUPool(), locale = try ICU.LocaleID(tag: "zh-CN")
        for (index, units) in texts.prefix(400).enumerated() where !units.isEmpty {
            let text = String(decoding: units, as: UTF16.self)
            let document = try Document(text: text, language: locale, pool: pool)
            let regions = try Document(text: text, language: locale, pool: pool).inlineRegions
            for start in stride(from: index % 3, to: document.utf16.count, by: 3) {
                let range = start..<min(document.utf16.count, start + index % 5)
                // As the scan over all regions finds them: those starting before the range ends.
                let overlapping = regions.filter {
                    $0.range.lowerBound < range.upperBound
                        && ($0.range.overlaps(range) || (range.isEmpty && $0.range.contains(start)))
                }
                let found = document.inlineScopes(overlapping: range).subtracting([.placeholder])
                #expect(found == Set(overlapping.map(\.scope)), "\(text)")
            }
        }
    }

    /// The English forms of the units, written out, and words that begin like them.
    private static let englishUnits = [
        "inches", "feet", "foot", "miles", "pounds", "lbs", "fluid ounces", "fl oz", "ounces", "degrees Fahrenheit",
        "DEGREE FAHRENHEIT", "gallons", "centimetres", "millimeters", "kilometres", "kilograms", "kilos", "grams",
        "degrees Celsius", "days", "días", "giorni", "dagen", "dni", "dias", "pies", "millas",
    ]

    @Test(arguments: [
        "en-US", "en-GB", "de-DE", "ja-JP", "zh-CN", "th-TH", "ko-KR", "fr-FR", "es-ES", "it-IT", "nl-NL", "pl-PL",
        "pt-BR", "ar-AE",
    ])
    func unitScanHoldsWhereverAForeignUnitMatches(tag: String) throws {
        let market = try MarketResolver().resolve(tag)
        let (source, names, starts) = try #require(UnitsCheck.foreignUnits(market, ICUPool()))
        let matched = try expectNecessary(
            source, starts.mayFollowNumber(in:),
            extraPieces: names.longestFirst + names.longestFirst.map { $0.uppercased() } + Self.englishUnits)
        #expect(matched > 20)
        #expect(!starts.mayFollowNumber(in: Self.plainReply))
    }

    /// A return window's day count, in most replies, begins no unit ("14 días" begins like "degrees", "14 giorni"
    /// like "gallons"): such a draft compiles no units regex.
    @Test func aDayCountBeginsNoUnit() throws {
        let counts = [
            "es-ES": "Dispone de 14 días naturales.", "it-IT": "entro 14 giorni dal ricevimento",
            "nl-NL": "binnen 14 dagen na ontvangst", "pl-PL": "w ciągu 14 dni od otrzymania",
            "pt-BR": "em até 7 dias corridos", "en-GB": "We'll refund it within 14 days.",
        ]
        for (tag, text) in counts {
            let (_, _, starts) = try #require(UnitsCheck.foreignUnits(try MarketResolver().resolve(tag), ICUPool()))
            #expect(!starts.mayFollowNumber(in: Array(text.utf16)), "\(tag): \(text)")
            #expect(starts.mayFollowNumber(in: Array((text + " 5 gallons").utf16)), "\(tag)")
        }
    }
}
