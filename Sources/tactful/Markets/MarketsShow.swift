import ArgumentParser
import TactfulAPI
import TactfulMarkets

/// `tactful markets show TAG`: how a tag, region or Accept-Language header resolves.
struct MarketsShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the market a locale tag, region or Accept-Language header resolves to.",
        discussion: """
            TAG is a BCP-47 tag (de-AT, zh-Hant-HK), an ICU ID (pt_BR) or a region (JP).
            Examples:
              tactful markets show zh-HK --format json
              tactful markets show --accept-language "de-CH, de;q=0.9"
            """
    )

    @Argument(help: "A locale tag or region code.")
    var tag: String?

    @Option(help: "Negotiate the market from an HTTP Accept-Language header instead of a tag.")
    var acceptLanguage: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (tag == nil) != (acceptLanguage == nil) else {
            throw ValidationError("Give either a TAG or --accept-language, not both or neither.")
        }
    }

    func run() throws {
        let engine = try EngineDoor.engine()
        let market = try EngineDoor.run(options: ["market": "", "acceptLanguage": ""]) { () throws(FieldError) in
            try engine.market(tag: tag, acceptLanguage: acceptLanguage)
        }
        switch output.format {
        case .json: try Standard.printJSON(market)
        case .text: print(Self.describe(market))
        }
    }

    static func describe(_ market: Market) -> String {
        let rows: [(String, String)] = [
            ("language", market.language), ("script", market.script), ("region", market.region),
            ("currency", market.currency), ("measurement", market.measurementSystem.rawValue),
            (
                "clock",
                market.uses24HourClock
                    ? "24-hour (\(market.hourCycle.rawValue))" : "12-hour (\(market.hourCycle.rawValue))"
            ),
            ("first weekday", market.firstWeekday.rawValue),
            ("weekend", market.weekend.map(\.rawValue).joined(separator: ", ")),
            ("time zones", market.timeZones.joined(separator: ", ")),
            ("packs", market.chain.joined(separator: " → ")),
        ]
        return
            (["\(market.tag)  \(market.displayName())"]
            + rows.map { "  \($0.0.padding(toLength: 14, withPad: " ", startingAt: 0)) \($0.1)" })
            .joined(separator: "\n")
    }
}
