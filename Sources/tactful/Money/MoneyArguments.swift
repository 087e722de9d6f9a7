import Foundation
import TactfulConvert

/// Reading money arguments and finding exchange rates for the `money` and `convert` commands.
enum MoneyArguments {
    /// Parses an amount as written (`49.99`, `1.234,50`, `-42`); bad input is a one-line error.
    ///
    /// Accounting parentheses (`(42)`) are refused with their own message: ICU's accounting-currency parse does not
    /// read them either (it needs the currency symbol inside, `($42.00)` in en-US, and most markets' accounting
    /// formats have no parentheses at all), so a refund is written with a minus sign.
    static func amount(_ text: String) throws -> Decimal {
        if let value = NumberText.parse(text) { return value }
        let inner = text.trimmingCharacters(in: .whitespaces)
        if inner.count > 2, inner.first == "(", inner.last == ")",
            let value = NumberText.parse(String(inner.dropFirst().dropLast())), value > 0
        {
            throw InputError(
                "'\(text)' is accounting notation, which is not read as an amount; "
                    + "write -\(inner.dropFirst().dropLast()) for a negative amount")
        }
        throw InputError("'\(text)' is not an amount")
    }

    /// Rates from `--rates FILE`, or the ECB's daily file through the per-user cache; warnings on stderr.
    static func rates(file: String?, url: String?) async throws -> ProvidedRates {
        try await RatesLoading.load(
            file: file, url: url, environment: ProcessInfo.processInfo.environment, now: Date(),
            warn: { Standard.error("tactful: warning: \($0)") })
    }
}
