import TactfulICU

/// How locale identifiers become pack names, and which packs are built in.
///
/// A pack is named by its tag without the script when the script is the default for its language and region:
/// `de_Latn_AT` → `de-AT`, `zh_Hant_HK` → `zh-HK`, but `zh_Hant` → `zh-Hant` (Chinese defaults to Hans) and
/// `en_001` → `en-001`. The root pack is `root`.
public enum PackNames {
    /// The name of the pack for one link of a fallback chain.
    public static func name(of locale: ICU.LocaleID) -> String {
        guard !locale.identifier.isEmpty else { return "root" }
        let language = locale.language, script = locale.script, region = locale.region
        var parts = [language]
        if !script.isEmpty {
            let base = (try? ICU.LocaleID(tag: region.isEmpty ? language : "\(language)-\(region)")) ?? locale
            let defaultScript = (try? base.maximized().script) ?? ""
            if script != defaultScript { parts.append(script) }
        }
        if !region.isEmpty { parts.append(region) }
        return parts.joined(separator: "-")
    }

    /// The starting point of the pack chain: the maximal identifier without its script when that script is the
    /// language's default, so that ICU's explicit parents apply (`en_IN` → `en_001`) and scripts are never
    /// crossed (`zh_Hant_HK` → `zh_Hant` → root, never `zh`).
    public static func chainStart(for maximized: ICU.LocaleID) -> ICU.LocaleID {
        let language = maximized.language, script = maximized.script, region = maximized.region
        let languageDefault = (try? ICU.LocaleID(tag: language).maximized().script) ?? ""
        var parts = [language]
        if !script.isEmpty && script != languageDefault { parts.append(script) }
        if !region.isEmpty { parts.append(region) }
        return (try? ICU.LocaleID(tag: parts.joined(separator: "-"))) ?? maximized
    }

    /// Names of the packs shipped in `Locales/` (file names without `.yml`).
    public static let builtIn: Set<String> = Set(
        TactfulDataPaths.packFiles.map { String($0.dropFirst("Locales/".count).dropLast(".yml".count)) })
}
