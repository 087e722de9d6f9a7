import Foundation

/// Euro reference rates for one day: how many units of each currency one euro buys (ECB convention).
public struct ExchangeRates: Sendable, Equatable {
    /// The day the rates are for, `YYYY-MM-DD`, as the source states it ("" when a file gives none).
    public let date: String
    /// Units per euro, by ISO 4217 code; EUR itself is always 1.
    public let perEuro: [String: Decimal]
    /// Where the rates came from: the ECB URL or the file path.
    public let source: String

    /// Rates as read; EUR is added as 1.
    public init(date: String, perEuro: [String: Decimal], source: String) {
        self.date = date
        self.perEuro = perEuro.merging(["EUR": 1]) { given, _ in given }
        self.source = source
    }

    /// Units of `target` per unit of `from`, crossed through the euro (USD→JPY = JPY per EUR ÷ USD per EUR).
    public func rate(from: String, to target: String) throws(ConvertError) -> Decimal {
        guard let fromRate = perEuro[from], fromRate > 0 else { throw missing(from) }
        guard let toRate = perEuro[target] else { throw missing(target) }
        return toRate / fromRate
    }

    private func missing(_ code: String) -> ConvertError {
        .unknown(
            what: "currency in the rates of \(date.isEmpty ? source : date)", name: code,
            known: perEuro.keys.sorted())
    }
}
