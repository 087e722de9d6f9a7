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
        /// The system whose column this one shares (`DE` reads the `EU` column where that column is the German
        /// one); nil for a system with a column of its own. Declared in the data as `sameAs: EU`.
        public let sameAs: String?

        /// A system `id` named `name`, sharing the column of `sameAs` when given.
        public init(id: String, name: String, sameAs: String? = nil) {
            self.id = id
            self.name = name
            self.sameAs = sameAs
        }
    }

    /// Sizes written with a length after them (suits: `40R`, `40L`, `38S`): the systems that write the length as a
    /// letter, and the letter of the regular length; each chart's own length is ``SizeChart/length``.
    public struct Lengths: Sendable {
        /// The systems that write the length after the size (`US`, `UK`).
        public let systems: [String]
        /// The letter of the regular length (`R`), the length of charts that name none.
        public let regular: String
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
    /// For sizes written with a length (suits, `40R`): how; nil when sizes have no length.
    public let lengths: Lengths?
    /// Systems customers name that this category is not labelled in, by upper-cased id, with why and what to do
    /// instead (jeans have no German size: `DE 38` is a clothing size). Declared in the data as `notLabelledIn:`.
    public var notLabelledIn: [String: String] = [:]

    /// A table of `charts` in `systems`; `cups` for band-and-cup sizes, `lengths` for sizes with a length.
    public init(
        category: String, title: String, measure: Measure?, systems: [System], note: String, charts: [SizeChart],
        cups: Cups?, lengths: Lengths? = nil
    ) {
        self.category = category
        self.title = title
        self.measure = measure
        self.systems = systems
        self.note = note
        self.charts = charts
        self.cups = cups
        self.lengths = lengths
    }

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
    /// The length its sizes are made in (`S`, `L`) when the table has ``SizeTable/Lengths``; nil: the regular one.
    public let length: String?

    /// A chart `id` from `source`; `length` for a chart of short or long sizes.
    public init(id: String, title: String, source: String, checked: String?, rows: [Row], length: String? = nil) {
        self.id = id
        self.title = title
        self.source = source
        self.checked = checked
        self.rows = rows
        self.length = length
    }
}
