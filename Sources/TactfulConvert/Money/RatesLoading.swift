import Foundation

/// Where a command finds exchange rates: a file the user names, else the ECB's daily file (or another URL)
/// through the per-user cache. The caller passes the environment and the clock; nothing here reads them.
public enum RatesLoading {
    /// Rates from `file`, else downloaded from `url` (default: the ECB's daily file) via the cache.
    /// - Parameters:
    ///   - environment: the process environment (`XDG_CACHE_HOME`, `HOME`, `PATH` are read from it).
    ///   - warn: receives a staleness warning naming the rates' date, when the cache had to be used.
    ///   - advice: what the user can do when there are no rates at all (default: the CLI's `--rates FILE`).
    public static func load(
        file: String?, url: String?, environment: [String: String], now: Date, warn: (String) -> Void,
        advice: String = RatesProvider.passRatesFile
    ) async throws -> ProvidedRates {
        if let file {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw ConvertError.badData("cannot read the rates file '\(file)'")
            }
            return ProvidedRates(rates: try RatesParser.parse(text, source: file), origin: .file)
        }
        var source = RatesProvider.ecbDaily
        if let url {
            guard let parsed = URL(string: url), parsed.scheme == "http" || parsed.scheme == "https" else {
                throw ConvertError.badData("'\(url)' is not an http(s) URL")
            }
            source = parsed
        }
        let provider = RatesProvider(
            url: source, cacheDirectory: cacheDirectory(environment),
            fetcher: CurlRatesFetcher(curl: curl(environment)),
            advice: advice)
        let provided = try await provider.rates(now: now)
        if let warning = provided.warning { warn(warning) }
        return provided
    }

    /// The first `curl` on `PATH` (downloads run it; see ``CurlRatesFetcher``), else `/usr/bin/curl`.
    static func curl(_ environment: [String: String]) -> URL {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        let found = path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("curl") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return found ?? URL(fileURLWithPath: "/usr/bin/curl")
    }

    /// `$XDG_CACHE_HOME/tactful`, else `$HOME/.cache/tactful`.
    static func cacheDirectory(_ environment: [String: String]) -> URL {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("tactful")
        }
        let home =
            environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".cache/tactful")
    }
}
