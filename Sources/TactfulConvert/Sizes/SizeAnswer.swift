/// The answer to a size question: the `tactful size --format json` object.
public struct SizeAnswer: Encodable, Sendable {
    /// A size in one system: `{"system":"US","size":"8.5"}`, with the charts that give it.
    public struct SystemSize: Encodable, Sendable, Equatable {
        /// The system (`US`).
        public let system: String
        /// The size as the chart writes it (`8.5`, `42⅔`, `N½`).
        public let size: String
        /// The ids of the charts giving this value.
        public let charts: [String]
    }

    /// Which chart answered: named with its source, always.
    public struct ChartReference: Encodable, Sendable {
        /// The chart's id.
        public let id: String
        /// Its title.
        public let title: String
        /// Its source: a standard, a published chart, or the store's file.
        public let source: String
        /// How well its values were checked, when not fully.
        public let checked: String?
    }

    /// The body measurement a size fits: `{"name":"foot length","unit":"centimeter","min":25.5,"max":26}`.
    public struct MeasureRange: Encodable, Sendable, Equatable {
        /// What is measured.
        public let name: String
        /// The CLDR unit of `min` and `max`.
        public let unit: String
        /// The lower bound (excluded).
        public let min: Double
        /// The upper bound (included).
        public let max: Double
    }

    /// The sizes half a size down and up from the answer, in the chart's neighbouring rows.
    public struct Neighbours: Encodable, Sendable {
        /// The row below, in the systems asked for.
        public let down: [SystemSize]
        /// The row above.
        public let up: [SystemSize]
    }

    /// One chart's own answer, so that disagreements between charts stay visible.
    public struct ChartAnswer: Encodable, Sendable {
        /// The chart.
        public let chart: ChartReference
        /// Its equivalent sizes.
        public let to: [SystemSize]
        /// Its neighbouring rows.
        public let neighbours: Neighbours
        /// The body measurement its matching row(s) fit, when the chart gives one.
        public let measure: MeasureRange?
    }

    /// The category (`shoes-men`).
    public let category: String
    /// The size asked about; nil when a measurement was given instead.
    public let from: SystemSize?
    /// The measurement asked about (`26.5 cm`), converted into the chart's unit; nil for a size question.
    public let measured: UnitConversion?
    /// The measurement as written, formatted for the locale asked for (`10.4 in` for en-US, `26,4 cm` for de-DE).
    public let measuredText: String?
    /// The equivalent sizes from every chart consulted (one entry per distinct value).
    public let to: [SystemSize]
    /// The first chart that answered (every chart's answer is in `charts`).
    public let chart: ChartReference
    /// Every chart's answer.
    public let charts: [ChartAnswer]
    /// The neighbours in the first chart.
    public let neighbours: Neighbours
    /// The measurement range of the answer in the first chart (e.g. the foot length).
    public let measure: MeasureRange?
    /// What the agent should know: disagreements between charts, unverified values, the chart's ease.
    public let note: String
    /// With `--market`: one sentence in the customer's language to paste into the reply.
    public var sentence: String?
    /// For band-and-cup sizes (bras): the bust-minus-underbust range of the cup; `measure` is then the underbust.
    public var cupMeasure: MeasureRange?
}
