import Foundation
import TactfulAPI
import TactfulConvert

/// Reading money arguments and finding exchange rates for the `money` and `convert` commands.
enum MoneyArguments {
    /// Parses an amount as written (`49.99`, `1.234,50`, `-42`) as the engine does; bad input is a one-line error.
    static func amount(_ text: String) throws -> Decimal {
        try EngineDoor.run(options: ["amount": ""]) { () throws(FieldError) in try TactfulEngine.amount(text) }
    }

    /// Rates from `--rates FILE`, or the ECB's daily file through the per-user cache; warnings on stderr.
    static func rates(file: String?, url: String?) async throws -> ProvidedRates {
        try await RatesLoading.load(
            file: file, url: url, environment: ProcessInfo.processInfo.environment, now: Date(),
            warn: { Standard.error("tactful: warning: \($0)") })
    }
}
