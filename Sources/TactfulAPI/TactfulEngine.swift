import Foundation
import TactfulLint
import TactfulMarkets
import TactfulTime

/// The one engine behind every door (the CLI, the HTTP service and the MCP server): compiled linters per market,
/// the SLA policies and the list of markets, all loaded once from one config and shared by every request.
public final class TactfulEngine: Sendable {
    /// The linters, with the config and packs they follow.
    public let linters: LinterCache
    /// The SLA policies: the built-in defaults with the config's `sla:` section laid over them.
    public let policies: SLAPolicies
    private let knownMarkets: MarketList

    /// An engine over `linters` and `policies`, with every known market resolved now (a server's start-up).
    public convenience init(linters: LinterCache, policies: SLAPolicies) throws(MarketError) {
        self.init(resolvingMarketsLazily: linters, policies: policies)
        _ = try knownMarkets.resolve()
    }

    /// An engine over `linters` and `policies` that resolves its list of markets only when first asked: for a door
    /// that answers one request and exits (the CLI), which should not pay for markets it does not list.
    public init(resolvingMarketsLazily linters: LinterCache, policies: SLAPolicies) {
        self.linters = linters
        self.policies = policies
        knownMarkets = MarketList(resolver: linters.resolver)
    }

    /// Every market that has a pack of its own, resolved (those that fail to resolve are left out; an engine made
    /// with ``init(linters:policies:)`` has already thrown for them).
    public var markets: [Market] { (try? knownMarkets.resolve()) ?? [] }

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
        for market in try knownMarkets.resolve() { _ = try linters.linter(for: market) }
    }
}

/// The known markets, resolved once on first use. Thread-safe: the result is guarded by `lock`.
private final class MarketList: @unchecked Sendable {
    private let resolver: MarketResolver
    private let lock = NSLock()
    private var resolved: Result<[Market], MarketError>?

    init(resolver: MarketResolver) { self.resolver = resolver }

    func resolve() throws(MarketError) -> [Market] {
        try lock.withLock {
            if let resolved { return resolved }
            let result = Result { () throws(MarketError) in
                try resolver.knownMarkets.map { tag throws(MarketError) in try resolver.resolve(tag) }
            }
            resolved = result
            return result
        }.get()
    }
}
