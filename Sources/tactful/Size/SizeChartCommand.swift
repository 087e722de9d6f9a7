import ArgumentParser
import Foundation
import TactfulConvert

/// `tactful size chart CATEGORY [--systems US,EU,JP]`: print a category's charts with their sources.
struct SizeChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Print the size charts of a category, each with its source.",
        discussion: """
            Examples:
              tactful size chart shoes-women --systems US,EU,JP
              tactful size chart rings --format json
              tactful size chart bras --systems EU,UK,US
              tactful size chart shoes-men --chart store-sizes.csv
            """
    )

    /// One chart as JSON.
    struct ChartJSON: Encodable {
        let id: String
        let title: String
        let source: String
        let checked: String?
        let systems: [String]
        let rows: [[String: String]]
    }

    /// The category as JSON.
    struct TableJSON: Encodable {
        let category: String
        let title: String
        let note: String
        let systems: [SizeTable.System]
        let charts: [ChartJSON]
    }

    @Argument(help: "The size category.")
    var category: SizeCategoryArgument

    @Option(help: "Only these systems, comma-separated, in this order (e.g. US,EU,JP).")
    var systems: String?

    @Option(
        help: "A store's own size chart (YAML or CSV) instead of the built-in charts.",
        completion: .file(extensions: ["yml", "yaml", "csv"]))
    var chart: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let table = try category.table(chart: chart)
        let converter = SizeConverter(table: table)
        let columns =
            try systems.map { list in
                try list.split(separator: ",").map {
                    try converter.system(String($0).trimmingCharacters(in: .whitespaces))
                }
            } ?? table.systems.map(\.id)
        let charts = table.allCharts.map { chart in
            ChartJSON(
                id: chart.id, title: chart.title, source: chart.source, checked: chart.checked, systems: columns,
                rows: chart.rows.map { row in
                    Dictionary(
                        uniqueKeysWithValues: columns.compactMap { system in
                            row.sizes[system].map { (system, $0.joined(separator: "/")) }
                        })
                })
        }
        switch output.format {
        case .json:
            try Standard.printJSON(
                TableJSON(
                    category: table.category, title: table.title, note: table.note, systems: table.systems,
                    charts: charts))
        case .text:
            print(charts.map { render($0) }.joined(separator: "\n\n"))
        }
    }

    private func render(_ chart: ChartJSON) -> String {
        let widths = chart.systems.map { system in
            max(system.count, chart.rows.map { ($0[system] ?? "").count }.max() ?? 0)
        }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
        }
        var lines = ["\(chart.title)", "Source: \(chart.source)"]
        if let checked = chart.checked { lines.append("Checked: \(checked)") }
        lines.append(line(chart.systems))
        lines += chart.rows.map { row in line(chart.systems.map { row[$0] ?? "–" }) }
        return lines.joined(separator: "\n")
    }
}
