import Foundation

/// The dev-half figures the test suite holds the linter to (`Tests/Corpus/dev-floor.json`, written by
/// `tactful-bench quality --write-floor`): a change that lowers precision, placeholder recall or recall, or flags more
/// clean texts, fails the test until the floor is rewritten on purpose.
public struct QualityFloor: Codable, Sendable, Equatable {
    /// Per corpus (`real`, `blind`).
    public var corpora: [String: Figures]

    /// The figures of one corpus's dev half.
    public struct Figures: Codable, Sendable, Equatable {
        /// Precision of warnings and errors.
        public var precision: Double
        /// Share of clean texts flagged.
        public var cleanFlagged: Double
        /// Placeholder recall.
        public var placeholderRecall: Double
        /// Recall over every category.
        public var recall: Double
    }

    /// The floor made from dev scores.
    public init(_ scores: [QualityScore]) {
        corpora = Dictionary(
            uniqueKeysWithValues: scores.map { score in
                (
                    score.corpus,
                    Figures(
                        precision: score.precision, cleanFlagged: score.cleanFlaggedShare,
                        placeholderRecall: score.placeholderRecall, recall: score.overallRecall.share)
                )
            })
    }

    /// Reads a floor file.
    public init(contentsOf url: URL) throws {
        self = try JSONDecoder().decode(QualityFloor.self, from: Data(contentsOf: url))
    }

    /// Writes the floor as sorted, indented JSON.
    public func write(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: url, options: .atomic)
    }

    /// What in `scores` falls below this floor (more than `slack` worse), one line each; empty when none does.
    public func drops(in scores: [QualityScore], slack: Double = 0.005) -> [String] {
        scores.filter { $0.split == .dev }.flatMap { score -> [String] in
            guard let floor = corpora[score.corpus] else { return [] }
            var drops: [String] = []
            func check(_ name: String, _ now: Double, _ was: Double, higherIsBetter: Bool = true) {
                if higherIsBetter ? now < was - slack : now > was + slack {
                    drops.append(String(format: "%@ dev %@: %.3f, floor %.3f", score.corpus, name, now, was))
                }
            }
            check("precision", score.precision, floor.precision)
            check("clean flagged", score.cleanFlaggedShare, floor.cleanFlagged, higherIsBetter: false)
            check("placeholder recall", score.placeholderRecall, floor.placeholderRecall)
            check("recall", score.overallRecall.share, floor.recall)
            return drops
        }
    }
}
