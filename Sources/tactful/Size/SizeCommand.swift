import ArgumentParser

/// `tactful size`: size conversions for agents (the default), and `tactful size chart` to print a table.
struct SizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "size",
        abstract: "Convert sizes between systems, recommend sizes from a measurement, print size charts.",
        discussion: """
            Categories: shoes-men, shoes-women, shoes-kids, clothing-women, shirts-men, suits-men, jeans, rings,
            bras (a band and a cup: 75B, 34DD). `tactful size chart CATEGORY` prints a category's charts. Every
            answer names its chart.

            Examples:
              tactful size 42 --from EU --to US --category shoes-men --market de-DE
              tactful size --measure 26.5cm --category shoes-men --format json
              tactful size chart shoes-women --systems US,EU,JP
            """,
        subcommands: [SizeConvert.self, SizeChartCommand.self],
        defaultSubcommand: SizeConvert.self
    )
}
