import Foundation
import TactfulICU

/// Finds prices as agents write them: `$49.99`, `US$ 20`, `49,99 €`, `USD 20`, `20 EUR`, `¥3000`, `3000円`.
enum PriceScanner {
    /// Symbols written before the amount, longest first, with the currency they are read as and, when the
    /// symbol is shared by several currencies, the assumption made.
    private static let prefixes: [(String, String, String?)] = [
        ("US$", "USD", nil), ("HK$", "HKD", nil), ("NT$", "TWD", nil), ("A$", "AUD", nil), ("C$", "CAD", nil),
        ("S$", "SGD", nil), ("R$", "BRL", nil), ("CA$", "CAD", nil), ("AU$", "AUD", nil),
        ("$", "USD", "'$' read as US dollars; write US$, C$, A$… to be explicit"),
        ("€", "EUR", nil), ("£", "GBP", nil), ("₩", "KRW", nil), ("₹", "INR", nil),
        ("¥", "JPY", "'¥' read as Japanese yen; write CNY, RMB or 元 for Chinese yuan"),
        ("￥", "JPY", "'￥' read as Japanese yen; write CNY, RMB or 元 for Chinese yuan"),
        ("RMB", "CNY", nil),
    ]

    /// Symbols written after the amount.
    private static let suffixes: [(String, String, String?)] = [
        ("€", "EUR", nil), ("円", "JPY", nil), ("元", "CNY", nil), ("원", "KRW", nil), ("zł", "PLN", nil),
        ("£", "GBP", nil),
        ("$", "USD", "'$' read as US dollars; write US$, C$, A$… to be explicit"), ("RMB", "CNY", nil),
    ]

    /// The price starting at `start`, if any.
    static func match(in text: String, at start: String.Index) -> DraftMatch? {
        prefixed(text, start) ?? suffixed(text, start)
    }

    private static func prefixed(_ text: String, _ start: String.Index) -> DraftMatch? {
        var symbol: (end: String.Index, currency: String, assumption: String?)?
        for (written, currency, assumption) in prefixes where text[start...].hasPrefix(written) {
            symbol = (text.index(start, offsetBy: written.count), currency, assumption)
            break
        }
        if symbol == nil, let (code, end) = isoCode(text, start) { symbol = (end, code, nil) }
        guard let symbol else { return nil }
        var index = symbol.end
        if index < text.endIndex, text[index] == " " || text[index] == "\u{a0}" { index = text.index(after: index) }
        guard let (amount, end) = number(text, index) else { return nil }
        return DraftMatch(
            item: .price(amount, currency: symbol.currency, assumption: symbol.assumption), range: start..<end)
    }

    private static func suffixed(_ text: String, _ start: String.Index) -> DraftMatch? {
        guard let (amount, afterNumber) = number(text, start) else { return nil }
        var index = afterNumber
        if index < text.endIndex, text[index] == " " || text[index] == "\u{a0}" || text[index] == "\u{202f}" {
            index = text.index(after: index)
        }
        for (written, currency, assumption) in suffixes where text[index...].hasPrefix(written) {
            let end = text.index(index, offsetBy: written.count)
            guard end == text.endIndex || !text[end].isLetter else { continue }
            return DraftMatch(item: .price(amount, currency: currency, assumption: assumption), range: start..<end)
        }
        if let (code, end) = isoCode(text, index) {
            return DraftMatch(item: .price(amount, currency: code, assumption: nil), range: start..<end)
        }
        return nil
    }

    /// A three-letter ISO 4217 code standing alone (`USD`, not `USDA`).
    private static func isoCode(_ text: String, _ start: String.Index) -> (String, String.Index)? {
        guard let end = text.index(start, offsetBy: 3, limitedBy: text.endIndex) else { return nil }
        let code = String(text[start..<end])
        guard end == text.endIndex || !text[end].isLetter, ICU.RegionData.isCurrency(code) else { return nil }
        return (code, end)
    }

    /// An amount: digits with `.`/`,` separators (a trailing separator is punctuation, not part of it).
    private static func number(_ text: String, _ start: String.Index) -> (Decimal, String.Index)? {
        guard start < text.endIndex, text[start].isASCII, text[start].isNumber else { return nil }
        var end = start
        while end < text.endIndex, NumberText.isNumberCharacter(text[end]) { end = text.index(after: end) }
        while end > start, let last = text[..<end].last, last == "." || last == "," { end = text.index(before: end) }
        return NumberText.parse(String(text[start..<end])).map { ($0, end) }
    }
}
