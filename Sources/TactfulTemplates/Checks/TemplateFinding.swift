import TactfulLint

/// Findings of the template checks, positioned in the template's original file.
enum TemplateFinding {
    /// A finding of a library-level rule (one of ``TemplateRules``), with the rule's id, category and severity.
    static func make(rule: RuleInfo, message: String, span: Range<Int>, in template: Template) -> Finding {
        let text = Array(template.text.utf16)
        let clamped = span.clamped(to: 0..<text.count)
        var finding = Finding(
            rule: rule.id, category: rule.category, severity: rule.severity, confidence: rule.confidence,
            message: message, match: String(decoding: text[clamped], as: UTF16.self), span: clamped)
        position(&finding, template)
        return finding
    }

    /// A lint finding moved from template-text positions to file positions.
    static func remap(_ finding: Finding, in template: Template) -> Finding {
        var moved = finding
        position(&moved, template)
        return moved
    }

    private static func position(_ finding: inout Finding, _ template: Template) {
        (finding.line, finding.column) = template.sourceMap.position(of: finding.span.lowerBound)
        (finding.endLine, finding.endColumn) = template.sourceMap.position(of: finding.span.upperBound)
    }
}
