import ArgumentParser
import TactfulConvert

/// `--rates FILE` and `--rates-url URL`, shared by the commands that convert money.
struct RatesOptions: ParsableArguments {
    @Option(help: "A rates file: ECB XML, or CSV/JSON of currency,rate (units per euro).")
    var rates: String?

    @Option(help: "Download the ECB-format rates from this URL instead of the ECB's.")
    var ratesURL: String?

    /// The rates these options name: the file, else the download (or the per-user cache).
    func load() async throws -> ProvidedRates {
        try await MoneyArguments.rates(file: rates, url: ratesURL)
    }
}
