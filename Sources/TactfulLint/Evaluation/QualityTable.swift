import Foundation

/// Renders quality scores as Markdown tables for people (the closing notes quote them).
public enum QualityTable {
    /// One line: texts, precision, clean texts flagged, placeholder recall and overall recall.
    public static func summary(_ score: QualityScore) -> String {
        let recall = score.overallRecall
        return "\n### \(score.corpus) / \(score.split.rawValue): \(score.texts) texts (\(score.cleanTexts) clean)\n"
            + "precision \(ratio(score.matchedFindings, score.findings)) · clean flagged "
            + "\(percent(score.cleanFlagged, score.cleanTexts)) · placeholder recall "
            + "\(ratio(score.placeholdersFound, score.placeholders)) · recall \(ratio(recall.found, recall.total))"
    }

    /// Recall per category (rows) × market (columns), `found/total`, with totals.
    public static func recallMatrix(_ score: QualityScore) -> String {
        let markets = Set(score.recall.values.flatMap(\.keys)).sorted()
        guard !markets.isEmpty else { return "(no labelled problems)" }
        var lines = [
            "| category | all | " + markets.joined(separator: " | ") + " |",
            "|---|---|" + String(repeating: "---|", count: markets.count),
        ]
        for category in Category.allCases.map(\.rawValue) where score.recall[category] != nil {
            let cells = markets.map { cell(score.recall[category]?[$0]) }
            lines.append(
                "| \(category) | \(cell(score.recall(of: category)))  | " + cells.joined(separator: " | ") + " |")
        }
        lines.append(
            "| all | \(cell(score.overallRecall)) | "
                + markets.map { cell(score.recall(market: $0)) }
                .joined(separator: " | ") + " |")
        return lines.joined(separator: "\n")
    }

    /// The unexplained findings and the missed problems, one per line, for tuning on the dev half.
    public static func details(_ score: QualityScore) -> String {
        let unmatched = score.unmatched.map { "  unexplained \($0.path): \($0.rule) “\($0.match)”" }
        let missed = score.missed.map { "  missed \($0.path): \($0.category) “\(oneLine($0.match))”" }
        return
            (["findings no label explains (\(unmatched.count)):"] + unmatched
            + ["problems no finding found (\(missed.count)):"] + missed).joined(separator: "\n")
    }

    static func cell(_ tally: QualityScore.Tally?) -> String {
        guard let tally, tally.total > 0 else { return "" }
        return "\(tally.found)/\(tally.total)"
    }

    static func ratio(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "– (0/0)" : String(format: "%.2f (%d/%d)", Double(part) / Double(whole), part, whole)
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "– (0/0)" : String(format: "%.1f %% (%d/%d)", 100 * Double(part) / Double(whole), part, whole)
    }

    static func oneLine(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: " ⏎ ") }
}
