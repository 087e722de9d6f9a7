import Foundation
import Testing

@testable import TactfulConvert
import TactfulTestSupport

/// The ECB download and cache path, against a loopback server: fresh, stale, offline, corrupt.
@Suite(.serialized) struct RatesProviderTests {
    private let start = Date(timeIntervalSince1970: 1_773_421_200)  // 2026-03-13T17:00Z, after the ECB publishes
    private let day: TimeInterval = 24 * 3600

    private func temporaryCache() -> URL {
        Scratch.root.appendingPathComponent("tactful-rates-\(UUID().uuidString)")
    }

    private func ok(_ body: String = RatesFixtures.ecbXML) -> LoopbackServer.Reply {
        .init(status: 200, headers: ["ETag": "\"v1\"", "Last-Modified": "Fri, 13 Mar 2026 15:00:00 GMT"], body: body)
    }

    /// Fills a cache by downloading once at `start`.
    private func primedCache() async throws -> URL {
        let cache = temporaryCache()
        let server = try LoopbackServer(script: [ok()])
        defer { server.stop() }
        _ = try await RatesProvider(url: server.url(), cacheDirectory: cache).rates(now: start)
        return cache
    }

    @Test func downloadsAndCachesWhenThereIsNoCache() async throws {
        let cache = temporaryCache()
        let server = try LoopbackServer(script: [ok()])
        defer { server.stop() }
        let provided = try await RatesProvider(url: server.url(), cacheDirectory: cache).rates(now: start)
        #expect(provided.origin == .downloaded && provided.warning == nil)
        #expect(provided.rates.date == "2026-03-13" && provided.rates.perEuro["USD"] == Decimal(string: "1.0818"))
        #expect(FileManager.default.fileExists(atPath: cache.appendingPathComponent("eurofxref-daily.xml").path))
        #expect(server.requests.count == 1 && !server.requests[0].lowercased().contains("if-none-match"))
    }

    @Test func freshCacheAsksNoServer() async throws {
        let cache = try await primedCache()
        let offline = try LoopbackServer.closedPort()
        let provided = try await RatesProvider(url: offline, cacheDirectory: cache).rates(now: start + day - 60)
        #expect(provided.origin == .cache && provided.warning == nil)
    }

    @Test func staleCacheIsRevalidatedConditionally() async throws {
        let cache = try await primedCache()
        let server = try LoopbackServer(script: [.init(status: 304)])
        defer { server.stop() }
        let provider = RatesProvider(url: server.url(), cacheDirectory: cache)
        let provided = try await provider.rates(now: start + day + 60)
        #expect(provided.origin == .confirmed && provided.rates.date == "2026-03-13")
        let request = server.requests.first?.lowercased() ?? ""
        #expect(request.contains("if-none-match: \"v1\""))
        #expect(request.contains("if-modified-since: fri, 13 mar 2026 15:00:00 gmt"))
        #expect(try await provider.rates(now: start + day + 120).origin == .cache)
    }

    @Test func staleCacheIsReplacedByANewerFile() async throws {
        let cache = try await primedCache()
        let server = try LoopbackServer(script: [ok(RatesFixtures.ecbXMLNextDay)])
        defer { server.stop() }
        let provided = try await RatesProvider(url: server.url(), cacheDirectory: cache).rates(now: start + 3 * day)
        #expect(provided.origin == .downloaded && provided.rates.date == "2026-03-16")
    }

    @Test func offlineUsesTheStaleCacheWithAWarningNamingTheDate() async throws {
        let cache = try await primedCache()
        let provided = try await RatesProvider(url: LoopbackServer.closedPort(), cacheDirectory: cache)
            .rates(now: start + 3 * day)
        #expect(provided.origin == .staleCache)
        #expect(provided.warning?.contains("2026-03-13") == true)
    }

    @Test func offlineWithoutCacheExplainsRatesFile() async throws {
        let provider = RatesProvider(url: try LoopbackServer.closedPort(), cacheDirectory: temporaryCache())
        await #expect {
            try await provider.rates(now: start)
        } throws: { error in
            "\(error)".contains("--rates FILE") && "\(error)".contains("no cached copy")
        }
    }

    @Test func offlineWithoutCacheEndsWithTheDoorsOwnAdvice() async throws {
        let provider = RatesProvider(
            url: try LoopbackServer.closedPort(), cacheDirectory: temporaryCache(), advice: "set serve: rates: FILE")
        await #expect {
            try await provider.rates(now: start)
        } throws: { error in
            "\(error)".hasSuffix("; set serve: rates: FILE") && !"\(error)".contains("--rates")
        }
    }

    @Test func garbageFromTheServerNeverReplacesTheCache() async throws {
        let cache = try await primedCache()
        let server = try LoopbackServer(script: [ok("<html>maintenance</html>"), .init(status: 500)])
        defer { server.stop() }
        let provider = RatesProvider(url: server.url(), cacheDirectory: cache)
        let first = try await provider.rates(now: start + 2 * day)
        #expect(first.origin == .staleCache && first.warning?.contains("not an ECB") == true)
        let second = try await provider.rates(now: start + 2 * day)
        #expect(second.origin == .staleCache && second.warning?.contains("500") == true)
        #expect(second.rates.date == "2026-03-13")
    }

    @Test func corruptCacheIsIgnoredAndReplaced() async throws {
        let cache = try await primedCache()
        try "garbage".write(to: cache.appendingPathComponent("eurofxref-daily.xml"), atomically: true, encoding: .utf8)
        await #expect(throws: ConvertError.self) {
            try await RatesProvider(url: LoopbackServer.closedPort(), cacheDirectory: cache).rates(now: start)
        }
        let server = try LoopbackServer(script: [ok()])
        defer { server.stop() }
        let provided = try await RatesProvider(url: server.url(), cacheDirectory: cache).rates(now: start)
        #expect(provided.origin == .downloaded && provided.warning?.contains("ignored") == true)
    }
}
