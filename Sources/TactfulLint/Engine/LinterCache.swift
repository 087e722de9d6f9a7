import Foundation
import TactfulICU
import TactfulMarkets

/// What every door into the linter shares (the CLI, the HTTP service, the MCP server): a config, the packs it
/// names, a market resolver over them, and one compiled ``Linter`` per market, built on first use.
///
/// Safe to use from many threads: linters are compiled under a lock and are themselves `Sendable`.
public final class LinterCache: @unchecked Sendable {  // mutable state is guarded by `lock`
    /// The config the linters follow (rule levels, ignored terms, extra packs, defaults).
    public let config: LintConfig
    /// The built-in packs plus the config's pack folders.
    public let library: PackLibrary
    /// Resolves tags against the library's packs.
    public let resolver: MarketResolver
    /// How many distinct requested spellings are remembered (tags from the network are not trusted to be few).
    public let resolvedLimit: Int

    private let lock = NSLock()
    private var linters: [String: Linter] = [:]
    private var resolved: [String: Market] = [:]

    /// Loads the packs `config` names.
    public init(config: LintConfig, resolvedLimit: Int = 4096) throws(PackError) {
        self.config = config
        library = try PackLibrary(userFolders: config.packFolders)
        resolver = MarketResolver(packs: library.names)
        self.resolvedLimit = resolvedLimit
    }

    /// The market a tag, ICU ID or region resolves to (remembered for up to ``resolvedLimit`` spellings).
    public func market(for tag: String) throws(MarketError) -> Market {
        if let known = lock.withLock({ resolved[tag] }) { return known }
        let market = try resolver.resolve(tag)
        lock.withLock {
            if resolved.count < resolvedLimit { resolved[tag] = market }
        }
        return market
    }

    /// The linter for a tag, compiled on first use of its market.
    public func linter(for tag: String) throws -> Linter {
        try linter(for: try market(for: tag))
    }

    /// The linter for a resolved market, compiled on first use.
    public func linter(for market: Market) throws -> Linter {
        lock.lock()
        defer { lock.unlock() }
        if let cached = linters[market.tag] { return cached }
        let ruleSet = try RuleSet(market: market, library: library) { [config] in config.settings.isEnabled($0.id) }
        let linter = Linter(ruleSet: ruleSet, settings: config.settings)
        linters[market.tag] = linter
        return linter
    }

    /// Every rule of every linter compiled so far, by market tag (for SARIF rule tables).
    public var compiledRules: [RuleInfo] {
        lock.withLock { linters.keys.sorted().flatMap { linters[$0]?.ruleSet.ruleInfos ?? [] } }
    }
}
