import Foundation

/// Inline suppression comments in a draft or template, in the text's own comment syntax so nothing reaches
/// the customer: `<!-- … -->`, `{{!-- … --}}`, `{% comment %}…{% endcomment %}`.
///
/// - `tactful-disable-next-line RULE[,RULE]` — the next line;
/// - `tactful-disable RULE[,RULE]` … `tactful-enable [RULE]` — a region (to the end when not re-enabled).
/// A directive without rule ids applies to every rule.
struct Suppressions {
    private struct Region {
        let rules: Set<String>?
        let range: Range<Int>
        /// The comment holding the directive.
        let comment: Range<Int>
    }

    private let regions: [Region]

    init(document: Document) {
        var regions: [Region] = []
        var open: [(rules: Set<String>?, start: Int, comment: Range<Int>)] = []
        for range in document.inlineRanges(of: .comment) {
            let text = document.string(range)
            guard let directive = Self.directive(in: text) else { continue }
            switch directive.verb {
            case "tactful-disable-next-line":
                let line = document.lineIndex(of: range.upperBound) + 1
                let target = line < document.lineCount ? document.lineRange(line) : range.upperBound..<range.upperBound
                regions.append(Region(rules: directive.rules, range: target, comment: range))
            case "tactful-disable":
                open.append((directive.rules, range.upperBound, range))
            default:
                let closing = open.filter { directive.rules == nil || $0.rules == directive.rules }
                open.removeAll { directive.rules == nil || $0.rules == directive.rules }
                regions += closing.map {
                    Region(rules: $0.rules, range: $0.start..<range.lowerBound, comment: $0.comment)
                }
            }
        }
        regions += open.map { Region(rules: $0.rules, range: $0.start..<document.utf16.count, comment: $0.comment) }
        self.regions = regions
    }

    /// The index of the directive that suppresses `rule` at `offset`, if any.
    func suppressor(of rule: String, at offset: Int) -> Int? {
        regions.firstIndex { $0.range.contains(offset) && ($0.rules?.contains(rule) ?? true) }
    }

    /// The comments of the directives not in `used`.
    func comments(except used: Set<Int>) -> [Range<Int>] {
        regions.indices.filter { !used.contains($0) }.map { regions[$0].comment }
    }

    private static func directive(in comment: String) -> (verb: String, rules: Set<String>?)? {
        let words = comment.components(
            separatedBy: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ","))
        )
        .filter { !$0.isEmpty }
        guard let index = words.firstIndex(where: { $0.hasPrefix("tactful-") }) else { return nil }
        let verb = words[index]
        guard ["tactful-disable-next-line", "tactful-disable", "tactful-enable"].contains(verb) else { return nil }
        let rules = words[(index + 1)...].filter {
            !$0.hasPrefix("-") && !$0.hasPrefix("%") && !$0.hasPrefix("{") && $0 != "endcomment"
        }
        return (verb, rules.isEmpty ? nil : Set(rules))
    }
}
