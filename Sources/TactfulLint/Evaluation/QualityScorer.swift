/// Scores findings against a corpus's labels (rules in `Tests/Corpus/README.md`): a warning or error matches a
/// problem when their spans overlap and their categories are of one family, and a placeholder when it is a
/// `placeholder` finding overlapping it. `info` findings are advice and neither help nor hurt.
public enum QualityScorer {
    /// Categories that a lead and a rule may name differently for the same problem.
    static let families: [Category: Category] = [.registerMix: .formality, .culture: .taboo]

    /// One score per corpus and split, in the order `real`, `blind` then `dev`, `held-out`; `lint` gives the
    /// findings of one text.
    public static func score(_ texts: [CorpusText], lint: (CorpusText) throws -> [Finding]) rethrows -> [QualityScore] {
        var scores: [String: QualityScore] = [:]
        for text in texts {
            let key = "\(text.corpus)/\(text.split.rawValue)"
            var score = scores[key] ?? QualityScore(corpus: text.corpus, split: text.split)
            add(text, findings: try lint(text).filter { $0.severity >= .warning }, to: &score)
            scores[key] = score
        }
        return scores.values.sorted {
            ($0.corpus == "real" ? 0 : 1, $0.split.rawValue) < ($1.corpus == "real" ? 0 : 1, $1.split.rawValue)
        }
    }

    static func family(_ category: Category) -> Category { families[category] ?? category }

    /// Whether `finding` is explained by `problem`.
    static func matches(_ finding: Finding, _ problem: LabelledProblem) -> Bool {
        family(finding.category) == family(problem.category) && finding.span.overlaps(problem.span)
    }

    static func add(_ text: CorpusText, findings: [Finding], to score: inout QualityScore) {
        score.texts += 1
        if text.isClean {
            score.cleanTexts += 1
            if !findings.isEmpty { score.cleanFlagged += 1 }
        }
        let isPlaceholder = { (finding: Finding, span: Range<Int>) in
            finding.category == .placeholder && finding.span.overlaps(span)
        }
        for finding in findings {
            score.findings += 1
            if text.problems.contains(where: { matches(finding, $0) })
                || text.placeholders.contains(where: { isPlaceholder(finding, $0) })
            {
                score.matchedFindings += 1
            } else {
                score.unmatched.append(
                    .init(
                        path: text.path, rule: finding.rule, category: finding.category.rawValue,
                        match: finding.match))
            }
        }
        for problem in text.problems {
            let found = findings.contains { matches($0, problem) }
            let tally =
                (score.recall[problem.category.rawValue]?[text.market] ?? .init())
                + .init(found: found ? 1 : 0, total: 1)
            score.recall[problem.category.rawValue, default: [:]][text.market] = tally
            if !found {
                score.missed.append(
                    .init(
                        path: text.path, rule: "-", category: problem.category.rawValue,
                        match: excerpt(text.text, problem.span)))
            }
        }
        score.placeholders += text.placeholders.count
        for span in text.placeholders {
            if findings.contains(where: { isPlaceholder($0, span) }) {
                score.placeholdersFound += 1
            } else {
                score.missed.append(
                    .init(path: text.path, rule: "-", category: "placeholder", match: excerpt(text.text, span)))
            }
        }
    }

    static func excerpt(_ text: String, _ span: Range<Int>) -> String {
        let units = Array(text.utf16)
        return String(decoding: units[max(0, span.lowerBound)..<min(units.count, span.upperBound)], as: UTF16.self)
    }
}
