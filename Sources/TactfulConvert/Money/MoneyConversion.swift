import Foundation

/// A formatted amount: the `tactful money format --format json` object, and the `from` side of a conversion.
public struct FormattedMoney: Encodable, Sendable, Equatable {
    /// The amount rounded to the currency's digits, as a decimal string (`46.21`, `1235`).
    public let amount: String
    /// The ISO 4217 code.
    public let currency: String
    /// ICU's formatting for the locale (`46,21 €`).
    public let formatted: String
    /// The locale it was formatted for.
    public let locale: String
    /// Whether cash rounding applied (CHF to 0.05).
    public let cash: Bool
}

/// The result of converting money: the `tactful money convert --format json` object.
public struct MoneyConversion: Encodable, Sendable {
    /// The converted amount, rounded once at the end to the target currency's digits, as a decimal string.
    public let amount: String
    /// The target ISO 4217 code.
    public let currency: String
    /// ICU's formatting for the locale.
    public let formatted: String
    /// Units of the target currency per unit of the source currency (crossed through EUR), as a decimal string.
    public let rate: String
    /// The day the rates are for, as the source states it.
    public let ratesDate: String
    /// Where the rates came from (URL or file).
    public let source: String
    /// How the rates were obtained: downloaded, confirmed, cache, stale-cache, file.
    public let origin: ProvidedRates.Origin
    /// A warning the agent should see (stale rates), or nil.
    public let warning: String?
    /// What was converted, formatted for the same locale.
    public let from: FormattedMoney
    /// The locale it was formatted for.
    public let locale: String
    /// Whether cash rounding applied to the result.
    public let cash: Bool
}

/// Converts and formats money with `Decimal` arithmetic and one rounding at the end.
public struct MoneyConverter: Sendable {
    /// The rates used.
    public let rates: ProvidedRates
    /// How results are formatted.
    public let formatter: MoneyFormatter

    /// A converter with these rates, formatting with `formatter`.
    public init(rates: ProvidedRates, formatter: MoneyFormatter) {
        self.rates = rates
        self.formatter = formatter
    }

    /// Converts `amount` of `from` into `target`; `cash` applies the target's cash rounding.
    public func convert(_ amount: Decimal, from: String, to target: String, cash: Bool = false) throws(ConvertError)
        -> MoneyConversion
    {
        let source = try CurrencyRounding(currency: from)
        let rounding = try CurrencyRounding(currency: target, cash: cash)
        let rate = try rates.rates.rate(from: source.currency, to: rounding.currency)
        let converted = amount * rate
        return MoneyConversion(
            amount: rounding.string(converted), currency: rounding.currency,
            formatted: try formatter.format(converted, rounding),
            rate: "\(rate.rounded(significantDigits: 10))", ratesDate: rates.rates.date, source: rates.rates.source,
            origin: rates.origin, warning: rates.warning,
            from: try Self.format(amount, source, with: formatter), locale: formatter.locale.languageTag, cash: cash)
    }

    /// Rounds and formats one amount (no conversion).
    public static func format(_ amount: Decimal, _ rounding: CurrencyRounding, with formatter: MoneyFormatter)
        throws(ConvertError) -> FormattedMoney
    {
        FormattedMoney(
            amount: rounding.string(amount), currency: rounding.currency,
            formatted: try formatter.format(amount, rounding), locale: formatter.locale.languageTag,
            cash: rounding.isCash)
    }
}
