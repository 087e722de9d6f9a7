import Foundation
import TactfulLint

/// `tactful-bench quality`: lints the evaluation corpora (`Tests/Corpus`) and prints, per corpus and split, precision
/// of warnings and errors, the share of clean texts flagged, placeholder recall, and recall per category × market.
/// `--details` lists, for the dev half only, the findings no label explains and the problems no finding found;
/// `--write-floor FILE` records the dev figures the test suite holds the linter to; `--json FILE` writes every score.
func benchmarkQuality(_ arguments: Arguments) throws -> Row {
    let root = URL(fileURLWithPath: arguments.corpusRoot)
    let texts = try CorpusText.load(root: root)
    guard !texts.isEmpty else { throw BenchmarkError("no corpus texts under \(root.path)") }
    var evaluation = QualityEvaluation(library: try PackLibrary())
    var scores: [QualityScore] = []
    let cpu = try cpuSeconds { scores = try evaluation.score(texts) }
    print("quality: \(texts.count) texts under \(root.path), linted in \(String(format: "%.2f", cpu)) s CPU")
    for score in scores where arguments.split == "both" || score.split.rawValue == arguments.split {
        print(QualityTable.summary(score))
        print(QualityTable.recallMatrix(score))
        if arguments.details, score.split == .dev { print(QualityTable.details(score)) }
    }
    if let path = arguments.jsonPath {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(scores).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
    if let path = arguments.floorPath {
        try QualityFloor(scores.filter { $0.split == .dev }).write(to: URL(fileURLWithPath: path))
        print("dev floor written to \(path)")
    }
    let heldOut = scores.filter { $0.split == .heldOut }
    let real = heldOut.first { $0.corpus == "real" }, blind = heldOut.first { $0.corpus == "blind" }
    return Row(
        benchmark: "quality",
        figure: String(
            format: "held-out: real precision %.2f, placeholders %.2f; blind clean flagged %.1f%%",
            real?.precision ?? 0, real?.placeholderRecall ?? 0, (blind?.cleanFlaggedShare ?? 0) * 100),
        baseline: "labels by hand (Tests/Corpus)",
        target: "≥ 0.90, ≥ 0.95, ≤ 3 %")
}
