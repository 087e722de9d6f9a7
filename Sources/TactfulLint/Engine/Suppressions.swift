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
    }

    private let regions: [Region]

    init(document: Document) {
        var regions: [Region] = []
        var open: [(rules: Set<String>?, start: Int)] = []
        for (scope, range) in document.scopes.inline where scope == .comment {
            let text = document.string(range)
            guard let directive = Self.directive(in: text) else { continue }
            switch directive.verb {
            case "tactful-disable-next-line":
                let line = document.lineIndex(of: range.upperBound) + 1
                if line < document.lineCount { regions.append(Region(rules: directive.rules, range: document.lineRange(line))) }
            case "tactful-disable":
                open.append((directive.rules, range.upperBound))
            default:
                let closing = open.filter { directive.rules == nil || $0.rules == directive.rules }
                open.removeAll { directive.rules == nil || $0.rules == directive.rules }
                regions += closing.map { Region(rules: $0.rules, range: $0.start..<range.lowerBound) }
            }
        }
        regions += open.map { Region(rules: $0.rules, range: $0.start..<document.utf16.count) }
        self.regions = regions
    }

    /// True when `rule` is suppressed at `offset`.
    func suppresses(_ rule: String, at offset: Int) -> Bool {
        regions.contains { $0.range.contains(offset) && ($0.rules?.contains(rule) ?? true) }
    }

    private static func directive(in comment: String) -> (verb: String, rules: Set<String>?)? {
        let words = comment.components(separatedBy: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ",")))
            .filter { !$0.isEmpty }
        guard let index = words.firstIndex(where: { $0.hasPrefix("tactful-") }) else { return nil }
        let verb = words[index]
        guard ["tactful-disable-next-line", "tactful-disable", "tactful-enable"].contains(verb) else { return nil }
        let rules = words[(index + 1)...].filter { !$0.hasPrefix("-") && !$0.hasPrefix("%") && !$0.hasPrefix("{") && $0 != "endcomment" }
        return (verb, rules.isEmpty ? nil : Set(rules))
    }
}
