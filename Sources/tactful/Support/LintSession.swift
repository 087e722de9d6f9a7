import Foundation
import TactfulLint
import TactfulMarkets
import TactfulTemplates

/// What a lint run needs once: the config, the packs, and a compiled linter per market.
final class LintSession {
    let config: LintConfig
    let library: PackLibrary
    let resolver: MarketResolver
    private var linters: [String: Linter] = [:]

    /// Loads the config (explicit, or found upward from `searchFrom`) and the packs it names.
    init(configPath: String?, searchFrom: String) throws {
        if let configPath {
            config = try LintConfig(contentsOf: configPath)
        } else if let found = LintConfig.find(from: searchFrom) {
            config = try LintConfig(contentsOf: found)
        } else {
            config = LintConfig()
        }
        library = try PackLibrary(userFolders: config.packFolders)
        resolver = MarketResolver(packs: library.names)
    }

    /// The linter for a market tag, compiled on first use.
    func linter(for tag: String) throws -> Linter {
        if let cached = linters[tag] { return cached }
        let market = try resolver.resolve(tag)
        let linter = Linter(ruleSet: try RuleSet(market: market, library: library) { [config] in
            config.settings.isEnabled($0.id)
        }, settings: config.settings)
        linters[tag] = linter
        return linter
    }

    /// Every rule of every linter compiled so far (for SARIF rule tables).
    var compiledRules: [RuleInfo] { linters.keys.sorted().flatMap { linters[$0]!.ruleSet.ruleInfos } }
}

extension PackError: InputProblem {}
extension InputFileError: InputProblem {}
extension LintError: InputProblem {}
extension ChangedLinesError: InputProblem {}
