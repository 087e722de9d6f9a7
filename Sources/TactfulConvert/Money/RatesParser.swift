import Foundation

/// Reads exchange rates: the ECB's euro reference rates XML, or a CSV or JSON file of `currency,rate`
/// (units per euro).
///
/// The ECB file (https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml) is a `gesmes:Envelope` whose
/// `<Cube time='YYYY-MM-DD'>` holds one `<Cube currency='USD' rate='1.0818'/>` per currency. A small scanner
/// reads it (no XML library, which would slow every `tactful` start).
public enum RatesParser {
    /// Parses any supported format, chosen by the first non-blank character (`<` XML, `{`/`[` JSON, else CSV).
    public static func parse(_ text: String, source: String) throws(ConvertError) -> ExchangeRates {
        switch text.first(where: { !$0.isWhitespace && $0 != "\u{feff}" }) {
        case "<": try ecbXML(text, source: source)
        case "{", "[": try json(text, source: source)
        case nil: throw .badData("\(source) is empty: expected ECB XML, or CSV/JSON of currency,rate")
        default: try csv(text, source: source)
        }
    }

    /// Parses the ECB's daily euro reference rates XML.
    public static func ecbXML(_ text: String, source: String) throws(ConvertError) -> ExchangeRates {
        var date = ""
        var rates: [String: Decimal] = [:]
        for element in text.components(separatedBy: "<").dropFirst() where element.hasPrefix("Cube") {
            let attributes = Self.attributes(of: element)
            if let time = attributes["time"] { date = time }
            if let currency = attributes["currency"], let rate = attributes["rate"] {
                rates[currency] = try positive(rate, currency: currency, source: source)
            }
        }
        guard !rates.isEmpty, isISODate(date), text.contains("eurofxref") || text.contains("gesmes") else {
            throw .badData("\(source) is not an ECB euro reference rates file (no dated <Cube> rates)")
        }
        return ExchangeRates(date: date, perEuro: rates, source: source)
    }

    /// `currency,rate` lines; a header line and `#` comments are skipped; a `date,YYYY-MM-DD` line dates them.
    static func csv(_ text: String, source: String) throws(ConvertError) -> ExchangeRates {
        var date = ""
        var rates: [String: Decimal] = [:]
        for (number, line) in text.split(whereSeparator: \.isNewline).enumerated() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
                String($0).trimmingSpaces()
            }
            guard let key = fields.first, !key.isEmpty, !key.hasPrefix("#") else { continue }
            guard fields.count == 2 else { throw .badData("\(source):\(number + 1): expected 'currency,rate'") }
            if key.lowercased() == "currency" { continue }
            if key.lowercased() == "date" {
                date = fields[1]
                continue
            }
            rates[key.uppercased()] = try positive(fields[1], currency: key, source: "\(source):\(number + 1)")
        }
        guard !rates.isEmpty else { throw .badData("\(source) has no 'currency,rate' lines") }
        return ExchangeRates(date: date, perEuro: rates, source: source)
    }

    /// `{"date": "…", "rates": {"USD": 1.0818}}`, a bare `{"USD": 1.0818}`,
    /// or `[{"currency": "USD", "rate": 1.0818}]`.
    static func json(_ text: String, source: String) throws(ConvertError) -> ExchangeRates {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else {
            throw .badData("\(source) is not valid JSON")
        }
        var date = ""
        var pairs: [(String, Any)] = []
        if let list = object as? [[String: Any]] {
            pairs = list.compactMap { entry in (entry["currency"] as? String).map { ($0, entry["rate"] ?? "") } }
        } else if let table = object as? [String: Any] {
            if let base = table["base"] as? String, base.uppercased() != "EUR" {
                throw .badData("\(source) gives rates per \(base); Tactful needs rates per euro (base EUR)")
            }
            date = table["date"] as? String ?? ""
            pairs = Array((table["rates"] as? [String: Any] ?? table.filter { $0.key != "date" && $0.key != "base" }))
        }
        var rates: [String: Decimal] = [:]
        for (currency, value) in pairs {
            rates[currency.uppercased()] = try positive("\(value)", currency: currency, source: source)
        }
        guard !rates.isEmpty else { throw .badData("\(source) has no currency rates") }
        return ExchangeRates(date: date, perEuro: rates, source: source)
    }

    private static func positive(_ text: String, currency: String, source: String) throws(ConvertError) -> Decimal {
        guard currency.count == 3, currency.allSatisfy({ $0.isASCII && $0.isLetter }),
            let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), value > 0,
            text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "e" || $0 == "E" || $0 == "-" })
        else { throw .badData("\(source): '\(currency)' has no valid positive rate ('\(text)')") }
        return value
    }

    /// `name='value'` and `name="value"` pairs of one tag.
    private static func attributes(of element: String) -> [String: String] {
        let tag = element.prefix { $0 != ">" }
        var result: [String: String] = [:]
        var rest = Substring(tag)
        while let equals = rest.firstIndex(of: "=") {
            let name = rest[..<equals].split(whereSeparator: \.isWhitespace).last.map(String.init) ?? ""
            let afterEquals = rest[rest.index(after: equals)...].drop { $0 == " " }
            guard let quote = afterEquals.first, quote == "'" || quote == "\"" else { break }
            let value = afterEquals.dropFirst().prefix { $0 != quote }
            result[name] = String(value)
            rest = afterEquals.dropFirst(value.count + 2)
        }
        return result
    }

    private static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }
}
