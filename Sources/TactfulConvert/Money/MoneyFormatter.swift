import Foundation
import TactfulICU

/// Formats money for a locale with ICU (`1.234,50 €` de-DE, `￥1,235` ja-JP, `CHF 1’234.50` de-CH).
public struct MoneyFormatter: Sendable {
    /// The locale whose conventions apply.
    public let locale: ICU.LocaleID

    /// A formatter for `locale`.
    public init(locale: ICU.LocaleID) { self.locale = locale }

    /// Rounds `amount` with `rounding` (see ``CurrencyRounding``) and formats exactly that amount.
    public func format(_ amount: Decimal, _ rounding: CurrencyRounding) throws(ConvertError) -> String {
        let cash = rounding.isCash ? " precision-currency-cash" : ""
        do {
            let formatter = try ICU.NumberFormatter.shared(
                skeleton: "currency/\(rounding.currency)\(cash) rounding-mode-half-up", locale: locale)
            return try formatter.format(decimal: rounding.string(amount))
        } catch {
            throw .badData("ICU cannot format \(rounding.currency) for \(locale.languageTag): \(error)")
        }
    }
}
