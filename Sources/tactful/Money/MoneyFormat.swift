import ArgumentParser
import TactfulConvert

/// `tactful money format AMOUNT CUR --market TAG`: an amount written the market's way.
struct MoneyFormat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "format",
        abstract: "Round an amount to its currency's digits and format it for a market with ICU.",
        discussion: """
            Examples:
              tactful money format 1234.5 JPY --market ja-JP          # ￥1,235
              tactful money format 1234.5 EUR --market de-DE          # 1.234,50 €
              tactful money format 1234.53 CHF --market de-CH --cash  # CHF 1’234.55
            """
    )

    @Argument(help: "The amount, e.g. 1234.5 or 1.234,50.")
    var amount: String

    @Argument(help: "The ISO 4217 currency code, e.g. JPY.")
    var currency: String

    @Option(help: "The customer's market (BCP-47 tag, e.g. ja-JP).")
    var market: String

    @Flag(help: "Round as for cash payment (CHF to 0.05).")
    var cash = false

    @OptionGroup var output: OutputOptions

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
