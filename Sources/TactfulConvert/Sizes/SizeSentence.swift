import Foundation
import TactfulData
import TactfulICU
import Yams

/// Writes a size answer as one sentence in the customer's language, from `Glossaries/sizes/phrases.yml`.
public struct SizeSentence: Sendable {
    /// The locale the sentence is for.
    public let locale: ICU.LocaleID
    private let templates: [String: String]

    /// Loads the templates for `locale`'s language (language-script first, e.g. `zh-Hant`), English otherwise.
    public init(locale: ICU.LocaleID) throws(ConvertError) {
        self.locale = locale
        guard let text = BuiltInData.text(at: "Glossaries/sizes/phrases.yml"),
            let all = (try? Yams.load(yaml: text, .basic)) as? [String: [String: String]]
        else { throw .badData("Glossaries/sizes/phrases.yml is missing or malformed") }
        let maximized = (try? locale.maximized()) ?? locale
        let keys = ["\(maximized.language)-\(maximized.script)", maximized.language, "en"]
        templates = keys.lazy.compactMap { all[$0] }.first ?? [:]
    }

    /// "Größe EU 42 entspricht US 8,5." for a size question; "Bei 26,5 cm empfehlen wir EU 42." for a measurement.
    public func sentence(for answer: SizeAnswer) -> String? {
        let to = equivalents(forMarket(answer.to))
        if let from = answer.from {
            return templates["equivalent"]?.replacingOccurrences(of: "{from}", with: label(from))
                .replacingOccurrences(of: "{to}", with: to)
        }
        guard let measured = answer.measuredText ?? answer.measured?.formatted else { return nil }
        return templates["fits"]?.replacingOccurrences(of: "{measure}", with: measured)
            .replacingOccurrences(of: "{to}", with: to)
    }

    /// With more than two systems, only the market's own (``SizeTable/system(forRegion:among:)``) when the
    /// answer has it: one sentence should name one size, not a table.
    private func forMarket(_ sizes: [SizeAnswer.SystemSize]) -> [SizeAnswer.SystemSize] {
        let systems = sizes.map(\.system).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let region = (try? locale.maximized().region) ?? ""
        guard systems.count > 2, let own = SizeTable.system(forRegion: region, among: systems) else { return sizes }
        return sizes.filter { $0.system == own }
    }

    /// "US 8,5 / UK 7,5 oder 8": systems side by side, a system's alternatives (charts disagreeing) with "or".
    private func equivalents(_ sizes: [SizeAnswer.SystemSize]) -> String {
        var systems: [String] = []
        for size in sizes where !systems.contains(size.system) { systems.append(size.system) }
        return systems.map { system in
            system + " " + alternatives(sizes.filter { $0.system == system }.map { localized($0.size) })
        }.joined(separator: " / ")
    }

    /// "US 8,5": the system and the size, with the locale's decimal separator.
    private func label(_ size: SizeAnswer.SystemSize) -> String { "\(size.system) \(localized(size.size))" }

    private func localized(_ size: String) -> String { SizeValue.localized(size, locale: locale) }

    private func alternatives(_ items: [String]) -> String {
        (try? ICU.formatList(items, locale: locale, type: .or)) ?? items.joined(separator: " / ")
    }
}
