/// Merges repeated findings of one rule in one run of text into one finding, so an agent reads one problem with
/// one fix: a run of Simplified characters in a Traditional reply, the familiar pronouns of one paragraph. The
/// merged finding spans the run, its message is the first finding's, and its fix rewrites every piece of the run
/// (safe only when every piece has a safe fix; a suggestion when any is; pieces without a fix keep their text).
enum FindingRuns {
    /// `findings` (of one rule, any order) with neighbours merged when `joins` accepts the text between them.
    static func merge(_ findings: [Finding], in document: Document, joins: (String) -> Bool) -> [Finding] {
        guard findings.count > 1 else { return findings }
        var runs: [[Finding]] = []
        for finding in findings.sorted(by: { $0.span.lowerBound < $1.span.lowerBound }) {
            if let last = runs.last?.last, last.span.upperBound <= finding.span.lowerBound,
                joins(document.string(last.span.upperBound..<finding.span.lowerBound))
            {
                runs[runs.count - 1].append(finding)
            } else {
                runs.append([finding])
            }
        }
        return runs.map { run in run.count == 1 ? run[0] : merged(run, in: document) }
    }

    private static func merged(_ run: [Finding], in document: Document) -> Finding {
        var finding = run[0]
        let span = run[0].span.lowerBound..<run[run.count - 1].span.upperBound
        finding.span = span
        finding.match = document.string(span)
        if run.contains(where: { $0.category == .registerMix }) {
            finding.category = .registerMix
            finding.message = run.first { $0.category == .registerMix }!.message
        }
        let fixes = run.compactMap(\.fixes.first)
        guard !fixes.isEmpty else {
            finding.fixes = []
            return finding
        }
        // Pieces without a fix keep their text (as their own findings did).
        var replacement = ""
        for (index, piece) in run.enumerated() {
            if index > 0 { replacement += document.string(run[index - 1].span.upperBound..<piece.span.lowerBound) }
            replacement += piece.fixes.first?.replacement ?? piece.match
        }
        finding.fixes = [
            Fix(
                replacement: replacement, description: "Rewrite the run as “\(replacement)”",
                safe: fixes.count == run.count && fixes.allSatisfy(\.safe),
                suggestion: fixes.contains(where: \.suggestion))
        ]
        return finding
    }
}
