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
    private var linters: [String: LinterSlot] = [:]
    private var resolved: [String: Market] = [:]

    /// Loads the packs `config` names.
    public init(config: LintConfig, resolvedLimit: Int = 4096) throws(PackError) {
        self.config = config
        library = try PackLibrary(userFolders: config.packFolders)
        resolver = MarketResolver(packs: library.names)
        self.resolvedLimit = resolvedLimit
    }

    /// The rule ids the config sets a level for that no pack defines — a typo, or a rule since renamed — sorted; the
    /// doors report them as warnings (the levels themselves are harmless).
    public var unknownRuleIDs: [String] {
        config.settings.ruleLevels.keys.filter { !library.defines(ruleID: $0) }.sorted()
    }

    /// One warning line per id of ``unknownRuleIDs``, naming the config file, for a door to print on stderr.
    public var unknownRuleWarnings: [String] {
        unknownRuleIDs.map {
            "warning: \(config.path ?? ".tactful.yml"): no pack defines rule '\($0)'; its level is ignored "
                + "(see `tactful rules list`)"
        }
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

    /// The linter for a resolved market, compiled on first use. Markets compile in parallel: a caller waits only
    /// for the market it asked for (`tactful lint --jobs` over a folder of several markets).
    public func linter(for market: Market) throws -> Linter {
        let slot = lock.withLock {
            if let slot = linters[market.tag] { return slot }
            let slot = LinterSlot()
            linters[market.tag] = slot
            return slot
        }
        return try slot.linter { [config, library] in
            let ruleSet = try RuleSet(market: market, library: library) { config.settings.isEnabled($0.id) }
            return Linter(ruleSet: ruleSet, settings: config.settings)
        }
    }

    /// Every rule of every linter compiled so far, by market tag (for SARIF rule tables).
    public var compiledRules: [RuleInfo] {
        let slots = lock.withLock { linters.sorted { $0.key < $1.key }.map(\.value) }
        return slots.flatMap { $0.compiled?.ruleSet.ruleInfos ?? [] }
    }
}

/// One market's linter, compiled by the first caller while later callers for the same market wait; a compile that
/// throws leaves the slot empty for the next caller to try again.
private final class LinterSlot: @unchecked Sendable {  // `linter` is guarded by `lock`
    private let lock = NSLock()
    private var linter: Linter?

    /// The compiled linter, or nil while none is.
    var compiled: Linter? { lock.withLock { linter } }

    func linter(compile: () throws -> Linter) throws -> Linter {
        lock.lock()
        defer { lock.unlock() }
        if let linter { return linter }
        let compiled = try compile()
        linter = compiled
        return compiled
    }
}
