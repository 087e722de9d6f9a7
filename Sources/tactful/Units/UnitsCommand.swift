import ArgumentParser
import TactfulAPI

/// `tactful units QUANTITY`: convert a length, weight, volume, temperature or speed for a market or into a unit.
struct UnitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "units",
        abstract: "Convert a measurement and write it the way the customer's market does.",
        // Written out: the negative-number positionals are one array for ArgumentParser (see SignedPositionals).
        usage: "tactful units <quantity> [--to <to>] [--market <market>] [--usage <usage>] [--format <format>]",
        discussion: """
            QUANTITY is what the customer or agent wrote: "10 inches", 5'11", "2 lbs", "75°F", "30cm", "1,5 kg".
            With --market, the unit is the one CLDR prefers in that market for the usage (default, person-height,
            road, weather, person, fluid, …); with --to, the unit is yours (CLDR names such as centimeter,
            foot-and-inch, or abbreviations such as cm, lb, °C). Numbers keep three significant digits.

            Examples:
              tactful units "10 in" --market de-DE                 # 25,4 cm
              tactful units "10 in" --to centimeter --format json
              tactful units "5'11\\"" --market fr-FR                # 1 m et 80 cm
              tactful units "75°F" --market ja-JP
              tactful units "12 km" --market en-US --usage road
              tactful units "-5 °C" --to fahrenheit                # 23 °F
            """
    )

    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp(
            "The measurement as written, e.g. \"10 in\", \"5'11\\\"\", \"1,5 kg\", \"-5 °C\".", valueName: "quantity"))
    var quantities: [String] = []

    /// The measurement as written (set by `validate()`).
    var quantity: String { quantities[0] }

    @Option(help: "Convert into this unit (CLDR name or abbreviation).")
    var to: String?

    @Option(help: "Format for this market (BCP-47 tag, e.g. de-DE) and, without --to, use its preferred unit.")
    var market: String?

    @Option(help: "CLDR usage for the market's unit preference: default, person-height, road, weather, fluid…")
    var usage: String?

    @OptionGroup var output: OutputOptions

    mutating func validate() throws {
        quantities = try SignedPositionals.values(in: quantities, names: ["quantity"])
        guard to != nil || market != nil else { throw ValidationError("Give --to UNIT, --market TAG, or both.") }
    }

    /// The request is validated by the engine (``TactfulEngine/units(_:)``), as for MCP.
    func run() throws {
        let engine = try EngineDoor.engine()
        let request = UnitsRequest(quantity: quantity, market: market, to: to, usage: usage)
        let result = try EngineDoor.run(options: ["quantity": ""]) { () throws(FieldError) in
            try engine.units(request)
        }
        switch output.format {
        case .json: try Standard.printJSON(result)
        case .text: print(result.formatted)
        }
    }
}
