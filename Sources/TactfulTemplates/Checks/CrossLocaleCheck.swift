import TactfulLint

/// Checks that need the whole library: every locale of a key uses the reference locale's placeholders, and a
/// key of the reference locale exists in every locale the library otherwise covers.
struct CrossLocaleCheck {
    let reference: String
    let uiLanguage: UILanguage

    func apply(to checked: inout [Checked], templates: [Template]) {
        let byKey = Dictionary(grouping: checked.indices, by: { checked[$0].key })
        let locales = Set(checked.compactMap(\.locale))
        for (key, indices) in byKey.sorted(by: { $0.key < $1.key }) {
            guard let referenceIndex = indices.first(where: { checked[$0].locale == reference }) else { continue }
            let expected = Set(checked[referenceIndex].variables.keys)
            let referencePath = checked[referenceIndex].result.path
            for index in indices where index != referenceIndex {
                let actual = Set(checked[index].variables.keys)
                let missing = expected.subtracting(actual).sorted(), extra = actual.subtracting(expected).sorted()
                guard !missing.isEmpty || !extra.isEmpty else { continue }
                var parts: [String] = []
                if !missing.isEmpty { parts.append("missing \(missing.joined(separator: ", "))") }
                if !extra.isEmpty { parts.append("has \(extra.joined(separator: ", ")) that \(reference) lacks") }
                let message =
                    "Placeholders differ from the \(reference) version (\(referencePath), key '\(key)'): \(parts.joined(separator: "; "))."
                checked[index].result.findings.append(
                    TemplateFinding.make(
                        rule: TemplateRules.inconsistent, message: message,
                        span: extra.first.flatMap { checked[index].variables[$0] } ?? 0..<0,
                        in: templates[index]))
            }
            let present = Set(indices.compactMap { checked[$0].locale })
            for locale in locales.subtracting(present).sorted() where locale != reference {
                let message = "The template '\(key)' exists in \(reference) (\(referencePath)) but not in \(locale)."
                checked[referenceIndex].result.findings.append(
                    TemplateFinding.make(
                        rule: TemplateRules.missingTranslation, message: message,
                        span: 0..<0, in: templates[referenceIndex]))
            }
        }
    }
}
