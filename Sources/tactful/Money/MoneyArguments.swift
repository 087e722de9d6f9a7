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
        var provider = RatesProvider(cacheDirectory: cacheDirectory())
        if let url {
            guard let parsed = URL(string: url), parsed.scheme == "http" || parsed.scheme == "https" else {
                throw InputError("'\(url)' is not an http(s) URL")
            }
            provider = RatesProvider(url: parsed, cacheDirectory: cacheDirectory())
        }
        let provided = try await provider.rates(now: Date())
        if let warning = provided.warning { Standard.error("tactful: warning: \(warning)") }
        return provided
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
