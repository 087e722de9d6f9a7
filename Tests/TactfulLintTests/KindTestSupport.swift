@testable import TactfulLint
import TactfulMarkets

/// Loads a pack written in a test and lints with it on top of the built-in packs.
struct TestPack {
    let pack: Pack
    let library: PackLibrary

    init(_ yaml: String) throws {
        pack = try PackLoader.load(yaml, path: "test.yml", glossaries: GlossaryStore(readFile: { _ in nil }))
        library = try PackLibrary()
    }

    /// Failures of the pack's own examples (empty when every example behaves).
    var exampleFailures: [String] { RuleExamples(library: library).check(pack).map(\.description) }

    /// The findings of rule `id` on `text` for the pack's market.
    func findings(_ id: String, in text: String, channel: Channel = .email) throws -> [Finding] {
        let extended = library.adding(pack)
        let market = try MarketResolver(packs: extended.names).resolve(pack.name)
        let linter = Linter(ruleSet: try RuleSet(market: market, library: extended))
        return try linter.lint(text, channel: channel).filter { $0.rule == id }
    }
}

/// The built-in packs' findings on `text` for a market, kept by `keep`.
func builtInFindings(_ text: String, _ tag: String, channel: Channel = .email, where keep: (Finding) -> Bool) throws
    -> [Finding]
{
    let market = try MarketResolver().resolve(tag)
    let ruleSet = try RuleSet(market: market, library: try LinterTests.library.get())
    return try Linter(ruleSet: ruleSet).lint(text, channel: channel).filter(keep)
}
