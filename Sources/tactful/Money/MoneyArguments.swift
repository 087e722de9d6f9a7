import Foundation
import TactfulConvert

/// Reading money arguments and finding exchange rates for the `money` and `convert` commands.
enum MoneyArguments {
    /// Parses an amount as written (`49.99`, `1.234,50`); bad input is a one-line error.
    static func amount(_ text: String) throws -> Decimal {
        guard let value = NumberText.parse(text) else { throw InputError("'\(text)' is not an amount") }
        return value
    }

    /// Rates from `--rates FILE`, or the ECB's daily file through the per-user cache.
    static func rates(file: String?, url: String?) async throws -> ProvidedRates {
        if let file {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw InputError("cannot read the rates file '\(file)'")
            }
            return ProvidedRates(rates: try RatesParser.parse(text, source: file), origin: .file)
        }
        var source = RatesProvider.ecbDaily
        if let url {
            guard let parsed = URL(string: url), parsed.scheme == "http" || parsed.scheme == "https" else {
                throw InputError("'\(url)' is not an http(s) URL")
            }
            source = parsed
        }
        let provider = RatesProvider(
            url: source, cacheDirectory: cacheDirectory(), fetcher: CurlRatesFetcher(curl: curl()))
        let provided = try await provider.rates(now: Date())
        if let warning = provided.warning { Standard.error("tactful: warning: \(warning)") }
        return provided
    }

    /// The first `curl` on `PATH` (downloads run it; see ``CurlRatesFetcher``), else `/usr/bin/curl`.
    static func curl() -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let found = path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("curl") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return found ?? URL(fileURLWithPath: "/usr/bin/curl")
    }

    /// `$XDG_CACHE_HOME/tactful`, else `~/.cache/tactful`.
    static func cacheDirectory() -> URL {
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("tactful")
        }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/tactful")
    }
}
