import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// What an HTTP GET for the rates file answered.
public struct RatesReply: Sendable {
    /// The HTTP status (200, 304, …).
    public let status: Int
    /// The body (empty for 304).
    public let body: Data
    /// The `ETag` header, if any.
    public let etag: String?
    /// The `Last-Modified` header, if any.
    public let lastModified: String?

    /// A reply as received.
    public init(status: Int, body: Data, etag: String?, lastModified: String?) {
        self.status = status
        self.body = body
        self.etag = etag
        self.lastModified = lastModified
    }
}

/// Fetches the rates file, conditionally: with `If-None-Match` / `If-Modified-Since` when a cached copy exists.
public protocol RatesFetching: Sendable {
    /// GETs `url`; throws when there is no HTTP answer at all (offline, refused, timed out).
    func fetch(_ url: URL, etag: String?, lastModified: String?) async throws -> RatesReply
}

/// Fetches with `URLSession`, never through a shared HTTP cache (Tactful keeps its own), with a short timeout.
public struct URLSessionRatesFetcher: RatesFetching {
    /// Seconds to wait for an answer.
    public let timeout: TimeInterval

    /// A fetcher that gives up after `timeout` seconds.
    public init(timeout: TimeInterval = 10) { self.timeout = timeout }

    /// GETs `url` with the conditional headers given.
    public func fetch(_ url: URL, etag: String?, lastModified: String?) async throws -> RatesReply {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        if let etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.timeoutIntervalForResource = timeout
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let (body, response) = try await session.data(for: request)
        let http = response as? HTTPURLResponse
        return RatesReply(
            status: http?.statusCode ?? 0, body: body,
            etag: http?.value(forHTTPHeaderField: "ETag"),
            lastModified: http?.value(forHTTPHeaderField: "Last-Modified"))
    }
}
