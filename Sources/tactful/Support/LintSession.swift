import Foundation
import TactfulLint
import TactfulMarkets
import TactfulTemplates

/// What a lint run needs once: the config, the packs, and a compiled linter per market (a ``LinterCache``,
/// the same one the HTTP service and the MCP server use).
final class LintSession: Sendable {
    let cache: LinterCache
    var config: LintConfig { cache.config }
    var library: PackLibrary { cache.library }
    var resolver: MarketResolver { cache.resolver }

    /// Loads the config (explicit, or found upward from `searchFrom`) and the packs it names.
    init(configPath: String?, searchFrom: String) throws {
        cache = try LinterCache(config: try Self.config(at: configPath, searchFrom: searchFrom))
        for warning in cache.unknownRuleWarnings { Standard.error("tactful: \(warning)") }
    }

    /// The config at `configPath`, else the nearest `.tactful.yml` at or above `searchFrom`, else the defaults.
    static func config(at configPath: String?, searchFrom: String) throws -> LintConfig {
        if let configPath { return try LintConfig(contentsOf: configPath) }
        if let found = LintConfig.find(from: searchFrom) { return try LintConfig(contentsOf: found) }
        return LintConfig()
    }

    /// The linter for a market tag, compiled on first use.
    func linter(for tag: String) throws -> Linter { try cache.linter(for: tag) }

    /// Every rule of every linter compiled so far (for SARIF rule tables).
    var compiledRules: [RuleInfo] { cache.compiledRules }
}

extension PackError: InputProblem {}
extension InputFileError: InputProblem {}
extension LintError: InputProblem {}
extension ChangedLinesError: InputProblem {}
