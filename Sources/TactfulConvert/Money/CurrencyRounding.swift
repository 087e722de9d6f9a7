import Foundation
import TactfulICU

/// How amounts of one currency are rounded: ISO 4217 minor units and cash increments, from ICU's CLDR data
/// (JPY 0 digits, KWD 3, EUR 2, CHF cash 0.05).
///
/// Tactful rounds money itself, with `Decimal`, once, at the end of a calculation, and hands ICU the already
/// rounded amount. The rounding mode is commercial rounding, half away from zero (1234.5 JPY → 1235,
/// 0.125 EUR → 0.13): what shoppers and shop systems expect. ICU's own default would be half-even
/// (1234.5 → 1234); since ICU only ever sees rounded amounts, its mode never applies.
public struct CurrencyRounding: Hashable, Sendable {
    /// The ISO 4217 code.
    public let currency: String
    /// Fraction digits shown and kept (0 for JPY, 3 for KWD).
    public let fractionDigits: Int
    /// The smallest step, e.g. 0.05 for Swiss francs in cash; nil when it is just one minor unit.
    public let increment: Decimal?
    /// Whether this is the cash rounding.
    public let isCash: Bool

    /// The rounding ICU's CLDR data gives for a currency, for accounts or for cash; throws for unknown codes.
    public init(currency: String, cash: Bool = false) throws(ConvertError) {
        let code = currency.uppercased()
        guard ICU.RegionData.isCurrency(code) else {
            throw .unknown(what: "currency", name: currency, known: ["an ISO 4217 code such as EUR, USD, JPY"])
        }
        let usage: ICU.CurrencyUsage = cash ? .cash : .standard
        guard let digits = try? ICU.RegionData.fractionDigits(ofCurrency: code, usage: usage),
            let step = try? ICU.RegionData.roundingIncrement(ofCurrency: code, usage: usage)
        else { throw .badData("ICU has no rounding data for \(code)") }
        self.currency = code
        self.fractionDigits = digits
        self.increment = step > 0 ? Decimal(string: String(step)) : nil
        self.isCash = cash
    }

    /// The amount rounded half away from zero to the currency's digits (and cash increment).
    public func round(_ amount: Decimal) -> Decimal {
        guard let increment, increment > 0 else { return amount.rounded(scale: fractionDigits) }
        return ((amount / increment).rounded(scale: 0) * increment).rounded(scale: fractionDigits)
    }

    /// A rounded amount as a plain decimal string with exactly the currency's digits: `46.21`, `1235`, `0.125`.
    public func string(_ amount: Decimal) -> String {
        let rounded = round(amount)
        let negative = rounded < 0
        let scaled = (rounded.magnitude * pow(Decimal(10), fractionDigits)).rounded(scale: 0)
        var digits = "\(scaled)"
        if fractionDigits > 0 {
            digits = String(repeating: "0", count: max(0, fractionDigits + 1 - digits.count)) + digits
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -fractionDigits))
        }
        return (negative ? "-" : "") + digits
    }
}
