import TactfulLint
import TactfulMarkets

/// Builds the sections of a ``MarketGuide`` for one market and UI language, each from the data the linter reads
/// (one file per section: `GuideSections+Register.swift`, …).
struct GuideSections {
    let market: Market
    let ui: UILanguage
    let engine: TactfulEngine

    /// How many vocabulary pairs a guide lists; the rest are counted in `omitted`.
    static let vocabularyLimit = 15

    /// A section, with `empty` as its note when it has no lines.
    func section(_ id: GuideWords, _ lines: [GuideLine], empty: GuideWords, omitted: Int? = nil) -> GuideSection {
        GuideSection(
            id: id.rawValue, title: id(ui), lines: lines, note: lines.isEmpty ? empty(ui) : nil, omitted: omitted)
    }

    /// `items` joined with the UI language's list separator, at most `limit` of them (then "…").
    func list(_ items: [String], limit: Int = 8) -> String {
        let shown = items.prefix(limit).joined(separator: ui == .zhHans ? "、" : ", ")
        return items.count > limit ? shown + " …" : shown
    }
}
