import ArgumentParser
import TactfulAPI
import TactfulMarkets

/// `tactful markets list`: every market that has a pack of its own.
struct MarketsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the markets Tactful has packs for (the default).")

    @OptionGroup var output: OutputOptions

    func run() throws {
        let engine = try EngineDoor.engine()
        let markets = try EngineDoor.run(options: ["market": ""]) { () throws(FieldError) in
            try engine.knownMarketList()
        }
        switch output.format {
        case .json:
            try Standard.printJSON(["markets": markets])
        case .text:
            let width = markets.map(\.tag.count).max() ?? 0
            for market in markets {
                let tag = market.tag.padding(toLength: width, withPad: " ", startingAt: 0)
                print("\(tag)  \(market.currency)  \(market.displayName())")
            }
        }
    }
}
