import Foundation

/// Rates ready to use, with how they were obtained and any warning the agent should see.
public struct ProvidedRates: Sendable {
    /// How the rates were obtained.
    public enum Origin: String, CaseIterable, Sendable, Encodable {
        /// Downloaded just now.
        case downloaded
        /// The server confirmed the cached copy (HTTP 304).
        case confirmed
        /// The cached copy, checked less than the freshness period ago.
        case cache
        /// The cached copy, older than the freshness period, because no update could be had.
        case staleCache = "stale-cache"
        /// A file the user passed.
        case file
    }

    /// The rates.
    public let rates: ExchangeRates
    /// How they were obtained.
    public let origin: Origin
    /// A one-line warning (stale rates, ignored corrupt cache), or nil.
    public let warning: String?

    /// Rates with their origin and warning.
    public init(rates: ExchangeRates, origin: Origin, warning: String? = nil) {
        self.rates = rates
        self.origin = origin
        self.warning = warning
    }
}

/// Gets the ECB's daily euro reference rates: from the cache while fresh (24 h), else by a conditional download,
/// else from the stale cache with a warning naming the rates' date; with nothing at all, says what the user can do
/// instead (``advice``: the CLI's `--rates FILE`, or what another door offers).
///
/// The caller passes the URL, the cache directory and the current time: the library never reads the
/// environment or the clock.
public struct RatesProvider: Sendable {
    /// The ECB's daily euro foreign exchange reference rates.
    public static let ecbDaily = URL(string: "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml")!

    /// Where to download from.
    public let url: URL
    /// The per-user cache directory (e.g. `$XDG_CACHE_HOME/tactful`).
    public let cacheDirectory: URL
    /// How long a fetched copy is used without asking the server again.
    public let freshness: TimeInterval
    /// The HTTP client.
    public let fetcher: any RatesFetching
    /// What the user can do when there are no rates at all, ending the error's message.
    public let advice: String

    /// The CLI's advice: `--rates FILE`.
    public static let passRatesFile = "pass --rates FILE (ECB XML, or CSV/JSON of currency,rate per euro)"

    /// A provider downloading from `url` and caching in `cacheDirectory`.
    public init(
        url: URL = RatesProvider.ecbDaily, cacheDirectory: URL, freshness: TimeInterval = 24 * 3600,
        fetcher: any RatesFetching = CurlRatesFetcher(), advice: String = RatesProvider.passRatesFile
    ) {
        self.url = url
        self.cacheDirectory = cacheDirectory
        self.freshness = freshness
        self.fetcher = fetcher
        self.advice = advice
    }

    /// The rates to use at `now`.
    public func rates(now: Date) async throws(ConvertError) -> ProvidedRates {
        let cache = RatesCache(directory: cacheDirectory)
        var cached: (ExchangeRates, RatesCache.Metadata)?
        var cacheProblem: String?
        do { cached = try cache.load(source: url.absoluteString) } catch { cacheProblem = "\(error); ignored it" }
        if let (rates, metadata) = cached, now.timeIntervalSince1970 - metadata.checkedAt < freshness {
            return ProvidedRates(rates: rates, origin: .cache, warning: nil)
        }
        let failure: String
        do {
            let reply = try await fetcher.fetch(url, etag: cached?.1.etag, lastModified: cached?.1.lastModified)
            if reply.status == 304, let (rates, metadata) = cached {
                try? cache.touch(metadata, at: now)
                return ProvidedRates(rates: rates, origin: .confirmed, warning: nil)
            }
            guard reply.status == 200 else { throw ConvertError.badData("HTTP status \(reply.status)") }
            let rates = try RatesParser.ecbXML(String(decoding: reply.body, as: UTF8.self), source: url.absoluteString)
            let metadata = RatesCache.Metadata(
                etag: reply.etag, lastModified: reply.lastModified, checkedAt: now.timeIntervalSince1970)
            let stored = Result { () throws(ConvertError) in try cache.store(body: reply.body, metadata: metadata) }
            let warning = [cacheProblem, stored.failureDescription].compactMap { $0 }.joined(separator: "; ")
            return ProvidedRates(rates: rates, origin: .downloaded, warning: warning.isEmpty ? nil : warning)
        } catch {
            failure = (error as? ConvertError)?.description ?? error.localizedDescription
        }
        guard let (rates, metadata) = cached else {
            throw .noRates(
                "no exchange rates: could not get \(url.absoluteString) (\(failure))"
                    + (cacheProblem.map { " and \($0)" } ?? " and there is no cached copy")
                    + "; \(advice)")
        }
        let age = Int((now.timeIntervalSince1970 - metadata.checkedAt) / 3600)
        return ProvidedRates(
            rates: rates, origin: .staleCache,
            warning:
                "using cached ECB rates of \(rates.date) (last checked \(age) h ago): could not update (\(failure))")
    }
}

extension Result where Failure == ConvertError {
    fileprivate var failureDescription: String? {
        if case .failure(let error) = self { return "rates not cached: \(error)" }
        return nil
    }
}
