/// All size charts of one category, as read from `Glossaries/sizes/<category>.yml` or a store's chart.
public struct SizeTable: Sendable {
    /// What a body measurement means for this category and how it relates to the sizes.
    public struct Measure: Sendable, Encodable {
        /// What is measured: "foot length", "chest girth".
        public let name: String
        /// The CLDR unit the rows' `measure` ranges are in (`centimeter`, `millimeter`).
        public let unit: String
        /// The ease (allowance) the charts assume between the body and the size.
        public let ease: String
    }

    /// The cup part of sizes made of a band and a cup (bras): its own measure and charts, in the table's systems.
    public struct Cups: Sendable {
        /// What the cup letters are matched against ("bust minus underbust").
        public let measure: Measure
        /// The cup charts, each from one source.
        public let charts: [SizeChart]
    }

    /// A size system: `US`, `EU`, `JP`.
    public struct System: Sendable, Encodable {
        /// Its identifier, as used with `--from` and `--to`.
        public let id: String
        /// What it is, with its standard where it has one.
        public let name: String
    }

    /// The category's name (`shoes-men`).
    public let category: String
    /// A title for people ("Men's shoes").
    public let title: String
    /// The body measurement the rows are matched against, if the category has one.
    public let measure: Measure?
    /// The systems, in display order.
    public let systems: [System]
    /// What an agent should know about all charts of the category (disagreements, uncertainty).
    public let note: String
    /// The charts, each from one source (for bras: the band charts).
    public let charts: [SizeChart]
    /// For sizes made of a band and a cup (bras, `75B`): the cups; nil for one-part sizes.
    public let cups: Cups?

    /// The band charts and the cup charts alike, for printing.
    public var allCharts: [SizeChart] { charts + (cups?.charts ?? []) }

    /// The table without its cups: the band part of band-and-cup sizes, or the table itself.
    var bands: SizeTable {
        SizeTable(
            category: category, title: title, measure: measure, systems: systems, note: note, charts: charts, cups: nil)
    }

    /// The cups as a table of their own, in the same systems; nil when the sizes have no cups.
    var cupTable: SizeTable? {
        cups.map { cups in
            SizeTable(
                category: category, title: title, measure: cups.measure, systems: systems, note: "",
                charts: cups.charts, cups: nil)
        }
    }

    /// The size system to write for a market's region among `systems`: the one named like the region (`US`, `JP`,
    /// `KR`; `UK` for GB and IE), else `EU` when present. A Tactful convention, not a sourced fact.
    public static func system(forRegion region: String, among systems: [String]) -> String? {
        let named = ["GB": "UK", "IE": "UK"][region] ?? region
        return systems.contains(named) ? named : systems.contains("EU") ? "EU" : nil
    }
}

/// One size chart from one named source: rows of equivalent sizes.
public struct SizeChart: Sendable {
    /// One line of the chart: the sizes that correspond, and the body measurement it fits.
    public struct Row: Sendable {
        /// Size(s) per system; a cell may hold several (`39`, `40`) where the source lists several.
        public let sizes: [String: [String]]
        /// The measurement range this row fits, lower bound excluded, in the table's measure unit.
        public let measure: ClosedRange<Double>?
    }

    /// A short identifier (`nike-men`).
    public let id: String
    /// A title for people.
    public let title: String
    /// Where the values come from: a standard or a published chart, by name and URL.
    public let source: String
    /// How well the values were checked against their source, when not fully.
    public let checked: String?
    /// The rows, smallest size first.
    public let rows: [Row]
}
