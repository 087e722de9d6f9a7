import TactfulData

/// The embedded data files this module reads.
enum TactfulDataPaths {
    /// `Locales/*.yml`, the market and language packs.
    static var packFiles: [String] {
        BuiltInData.paths.filter { $0.hasPrefix("Locales/") && $0.hasSuffix(".yml") && !$0.dropFirst(8).contains("/") }
    }
}
