import ArgumentParser
import TactfulMarkets

/// `tactful markets`: list the markets with packs, or show one resolved market.
struct MarketsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "markets",
        abstract: "List the markets Tactful has packs for, or show how a tag resolves.",
        discussion: """
            Examples:
              tactful markets
              tactful markets show de-AT
              tactful markets show JP --format json
              tactful markets show --accept-language "fr-CH, fr;q=0.9, en;q=0.8"
            """,
        subcommands: [MarketsList.self, MarketsShow.self],
        defaultSubcommand: MarketsList.self
    )
}
