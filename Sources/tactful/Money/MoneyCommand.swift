import ArgumentParser

/// `tactful money`: convert and format amounts of money for a market.
struct MoneyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "money",
        abstract: "Convert prices with ECB reference rates and format them for the customer's market.",
        discussion: """
            Amounts are Decimal and rounded once, at the end, to the currency's ISO 4217 digits (JPY 0, KWD 3),
            half away from zero (commercial rounding); --cash applies cash rounding (CHF to 0.05).

            Examples:
              tactful money convert 49.99 USD --to EUR --market de-DE
              tactful money format 1234.5 JPY --market ja-JP --format json
            """,
        subcommands: [MoneyConvert.self, MoneyFormat.self]
    )
}
