/// Applies fixes to a text: back to front, never two that overlap, never touching text outside their spans.
public enum FixApplier {
    /// Which fixes to apply.
    public enum Mode: Sendable {
        /// Only safe fixes (`--fix`).
        case safe
        /// Safe fixes, else the first unsafe one that is not a suggestion (`--fix-unsafe`).
        case unsafe
    }

    /// The text with the chosen fix of each finding applied; findings whose span overlaps an applied one are skipped.
    public static func apply(_ findings: [Finding], to text: String, mode: Mode) -> (text: String, applied: Int) {
        var units = Array(text.utf16)
        var applied = 0
        var lowestStart = Int.max
        let chosen = findings.compactMap { finding -> (Range<Int>, String)? in
            guard !finding.span.isEmpty || finding.span.lowerBound > 0 else { return nil }
            let fix = finding.fixes.first(where: \.safe) ?? finding.fixes.first { $0.isApplied(in: mode) }
            return fix.map { (finding.span, $0.replacement) }
        }
        for (span, replacement) in chosen.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
            guard span.upperBound <= lowestStart, span.upperBound <= units.count else { continue }
            units.replaceSubrange(span, with: Array(replacement.utf16))
            lowestStart = span.lowerBound
            applied += 1
        }
        return (String(decoding: units, as: UTF16.self), applied)
    }
}
