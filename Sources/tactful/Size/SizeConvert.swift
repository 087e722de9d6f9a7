import ArgumentParser
import TactfulAPI
import TactfulConvert

/// `tactful size SIZE --from EU --to US --category shoes-men`, or `--measure 26.5cm`: the agent's size helper.
struct SizeConvert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a size (or a body measurement) into the sizes of other systems.",
        discussion: """
            Prints the equivalent size(s) from every chart (and where the charts disagree), the neighbours half a
            size down and up, the measurement range (e.g. foot length) and, with --market, one sentence in the
            customer's language to paste into the reply. --chart FILE (YAML or CSV) uses a store's own chart instead.

            Examples:
              tactful size 42 --from EU --to US --category shoes-men
              tactful size 8.5 --from US --category shoes-women --market ja-JP --format json
              tactful size --measure 26.5cm --category shoes-men --market de-DE
              tactful size 7 --from US --to UK,EU --category rings
              tactful size 75B --from EU --to UK --category bras
              tactful size --measure 74cm,88cm --category bras
            """
    )

    @Argument(help: "The size to convert, as written (8.5, 42⅔, N½, W32).")
    var size: String?

    @OptionGroup var options: SizeConversionOptions

    /// Validated by the engine (``TactfulEngine/size(_:chart:)``), as for the HTTP service and MCP: SIZE with
    /// --from, or --measure.
    func run() throws {
        let engine = try EngineDoor.engine()
        let chart = try options.chart.map { try options.category.table(chart: $0) }
        let request = SizeRequest(
            size: size, from: options.from, to: options.to, category: options.category.rawValue,
            measure: options.measure, market: options.market)
        let answer = try EngineDoor.run(options: ["size": "SIZE"]) { () throws(FieldError) in
            try engine.size(request, chart: chart)
        }
        switch options.output.format {
        case .json: try Standard.printJSON(answer)
        case .text: print(SizeReport.text(answer))
        }
    }
}
