import ArgumentParser
import TactfulAPI

/// `tactful money convert AMOUNT CUR --to CUR`: a price in the customer's currency, written their way.
struct MoneyConvert: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert an amount with the ECB's euro reference rates (crossed through EUR).",
        // Written out: the negative-number positionals are one array for ArgumentParser (see SignedPositionals).
        usage: "tactful money convert <amount> <currency> --to <to> [--market <market>] [--rates <rates>] "
            + "[--rates-url <rates-url>] [--cash] [--format <format>]",
        discussion: """
            Rates: --rates FILE (ECB XML, or CSV/JSON of currency,rate per euro), else the ECB daily file, cached
            per user ($XDG_CACHE_HOME/tactful or ~/.cache/tactful) and re-checked after 24 hours with a
            conditional request. Offline, the cache is used with a warning naming the rates' date.

            Examples:
              tactful money convert 49.99 USD --to EUR --market de-DE           # 46,21 €
              tactful money convert 49.99 USD --to JPY --market ja-JP --format json
              tactful money convert 20 EUR --to CHF --market de-CH --cash --rates rates.csv
              tactful money convert -10 USD --to EUR --market de-DE             # -9,24 € (a refund)
            """
    )

    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp(
            "The amount, e.g. 49.99 or -10 (a refund), then its ISO 4217 currency, e.g. USD.",
            valueName: "amount> <currency"))
    var amountAndCurrency: [String] = []

    /// The amount as written (set by `validate()`).
    var amount: String { amountAndCurrency[0] }
    /// The currency code as written (set by `validate()`).
    var currency: String { amountAndCurrency[1] }

    @Option(help: "The currency to convert into, e.g. EUR.")
    var to: String

    @Option(help: "Format for this market (BCP-47 tag); English by default.")
    var market: String?

    @OptionGroup var rates: RatesOptions

    @Flag(help: "Round the result as for cash payment (CHF to 0.05).")
    var cash = false

    @OptionGroup var output: OutputOptions

    mutating func validate() throws {
        amountAndCurrency = try SignedPositionals.values(in: amountAndCurrency, names: ["amount", "currency"])
    }

    /// The request is validated by the engine (``TactfulEngine/money(_:rates:)``), as for the HTTP service and MCP,
    /// and before any download.
    func run() async throws {
        let engine = try EngineDoor.engine()
        let request = MoneyRequest(amount: amount, currency: currency, to: to, market: market, cash: cash)
        let options = ["amount": "", "currency": "CURRENCY"]
        try EngineDoor.run(options: options) { () throws(FieldError) in try engine.checkMoney(request) }
        let provided = try await rates.load()
        let result = try EngineDoor.run(options: options) { () throws(FieldError) in
            try engine.money(request, rates: provided)
        }
        switch output.format {
        case .json: try Standard.printJSON(result)
        case .text: print(result.formatted)
        }
    }
}
