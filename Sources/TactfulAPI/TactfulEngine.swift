import Foundation
import TactfulLint
import TactfulMarkets
import TactfulTime

/// The one engine behind the network doors (the HTTP service and the MCP server): compiled linters per market,
/// the SLA policies and the list of markets, all loaded once from one config and shared by every request.
public final class TactfulEngine: Sendable {
    /// The linters, with the config and packs they follow.
    public let linters: LinterCache
    /// The SLA policies: the built-in defaults with the config's `sla:` section laid over them.
    public let policies: SLAPolicies
    /// Every market that has a pack of its own, resolved.
    public let markets: [Market]

    /// An engine over `linters` and `policies`.
    public init(linters: LinterCache, policies: SLAPolicies) throws(MarketError) {
        self.linters = linters
        self.policies = policies
        markets = try linters.resolver.knownMarkets.map { tag throws(MarketError) in try linters.resolver.resolve(tag) }
    }

    /// An engine for a config file (`.tactful.yml`: lint settings, `sla:` policies), or the defaults without one.
    public static func load(configPath: String?) throws -> TactfulEngine {
        guard let configPath else {
            return try TactfulEngine(
                linters: try LinterCache(config: LintConfig()), policies: try SLAPolicies.builtIn())
        }
        let config = try LintConfig(contentsOf: configPath)
        let text = try String(contentsOfFile: configPath, encoding: .utf8)
        let policies = try SLAPolicies.builtIn(overlaidWithConfig: text, path: configPath)
        return try TactfulEngine(linters: try LinterCache(config: config), policies: policies)
    }

    /// Compiles the linter of every known market now, so that no request pays for a first compilation.
    public func compileAllLinters() throws {
        for market in markets { _ = try linters.linter(for: market) }
    }
}
