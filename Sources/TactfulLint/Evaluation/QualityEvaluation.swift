import Foundation
import TactfulMarkets

/// Lints every text of the evaluation corpora with the built-in packs for its market and channel, and scores the
/// findings: what `tactful-bench quality` prints and the dev-half test checks.
public struct QualityEvaluation {
    /// The packs linted with.
    public let library: PackLibrary
    private var linters: [String: Linter] = [:]

    /// An evaluation with `library` (the built-in packs by default).
    public init(library: PackLibrary) {
        self.library = library
    }

    /// The linter of `market`, built once.
    public mutating func linter(for market: String) throws -> Linter {
        if let linter = linters[market] { return linter }
        let resolved = try MarketResolver(packs: library.names).resolve(market)
        let linter = Linter(ruleSet: try RuleSet(market: resolved, library: library))
        linters[market] = linter
        return linter
    }

    /// The findings of one corpus text.
    public mutating func findings(_ text: CorpusText) throws -> [Finding] {
        try linter(for: text.market).lint(text.text, channel: text.channel)
    }

    /// Scores `texts` (see `QualityScorer`), one score per corpus and split.
    public mutating func score(_ texts: [CorpusText]) throws -> [QualityScore] {
        try QualityScorer.score(texts) { try findings($0) }
    }
}
