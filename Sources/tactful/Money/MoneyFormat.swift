import ArgumentParser
import TactfulConvert

/// `tactful money format AMOUNT CUR --market TAG`: an amount written the market's way.
struct MoneyFormat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "format",
        abstract: "Round an amount to its currency's digits and format it for a market with ICU.",
        // Written out: the negative-number positionals are one array for ArgumentParser (see SignedPositionals).
        usage: "tactful money format <amount> <currency> --market <market> [--cash] [--format <format>]",
        discussion: """
            Examples:
              tactful money format 1234.5 JPY --market ja-JP          # ￥1,235
              tactful money format 1234.5 EUR --market de-DE          # 1.234,50 €
              tactful money format 1234.53 CHF --market de-CH --cash  # CHF 1’234.55
              tactful money format -42 USD --market en-US             # -$42.00 (a refund)
            """
    )

    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp(
            "The amount, e.g. 1234.5, 1.234,50 or -42 (a refund), then its ISO 4217 currency code, e.g. JPY.",
            valueName: "amount> <currency"))
    var amountAndCurrency: [String] = []

    /// The amount as written (set by `validate()`).
    var amount: String { amountAndCurrency[0] }
    /// The currency code as written (set by `validate()`).
    var currency: String { amountAndCurrency[1] }

    @Option(help: "The customer's market (BCP-47 tag, e.g. ja-JP).")
    var market: String

    @Flag(help: "Round as for cash payment (CHF to 0.05).")
    var cash = false

    @OptionGroup var output: OutputOptions

    mutating func validate() throws {
        amountAndCurrency = try SignedPositionals.values(in: amountAndCurrency, names: ["amount", "currency"])
    }

    func run() throws {
        let value = try MoneyArguments.amount(amount)
        let formatter = MoneyFormatter(locale: try MarketOption.locale(market))
        let result = try MoneyConverter.format(value, CurrencyRounding(currency: currency, cash: cash), with: formatter)
        switch output.format {
        case .json: try Standard.printJSON(result)
        case .text: print(result.formatted)
        }
    }
}
