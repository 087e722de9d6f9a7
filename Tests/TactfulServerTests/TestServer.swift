import Foundation
import Logging
import TactfulAPI
import TactfulConvert
import TactfulServer

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A real `tactful serve` service, in process, on a free loopback port; started once per settings and left
/// running until the test process ends.
struct TestServer: Sendable {
    let port: Int

    /// The service with default settings.
    static let open = Task { try await start(ServeSettings(), rates: testRates) }

    /// Made-up rates for the tests (as in the CLI's money tests: 49.99 USD is 46.21 EUR).
    @Sendable static func testRates() throws -> ProvidedRates {
        let csv = "currency,rate\ndate,2026-03-13\nUSD,1.0818\nJPY,161.50\nCHF,0.9561\n"
        return ProvidedRates(rates: try RatesParser.parse(csv, source: "test-rates.csv"), origin: .file)
    }

    /// A rates source that is offline.
    @Sendable static func noRates() throws -> ProvidedRates {
        throw ConvertError.badData("the ECB's file cannot be reached and nothing is cached")
    }

    /// A service with bearer auth, CORS for Zendesk, and a 2 KiB body cap.
    static let guarded = Task {
        var settings = ServeSettings()
        settings.tokens = ["s3cret-token"]
        settings.corsOrigins = ["https://*.zendesk.com"]
        settings.maxBodyBytes = 2_048
        return try await start(settings, rates: noRates)
    }

    /// A fixed clock, so that default years and SLA `now` are reproducible.
    static let fixedNow = Date(timeIntervalSince1970: 1_772_000_000)  // 2026-02-25T06:13:20Z

    private static func start(_ settings: ServeSettings, rates: @escaping @Sendable () throws -> ProvidedRates)
        async throws -> TestServer
    {
        var settings = settings
        settings.host = "127.0.0.1"
        settings.port = 0
        // A debug build compiling a market's rules on a loaded 2-core machine can take longer than the 2 s default;
        // the budget itself is tested on its own (`timeBudgetAnswers503WhenWorkRunsLong`).
        settings.timeBudgetMilliseconds = 60_000
        let engine = try TactfulEngine.load(configPath: nil)
        var logger = Logger(label: "tactful.test")
        logger.logLevel = .warning
        let service = TactfulService(
            engine: engine, settings: settings, logger: logger, now: { fixedNow }, rates: { try rates() })
        let port = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Int, any Error>) in
            Task.detached {
                do {
                    try await service.application { port in continuation.resume(returning: port) }.run()
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
        return TestServer(port: port)
    }

    /// One HTTP exchange's outcome.
    struct Reply {
        let status: Int
        let headers: [String: String]
        let body: Data

        /// The body as a JSON object.
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
        /// The body as text.
        var text: String { String(decoding: body, as: UTF8.self) }
        /// The field an error names.
        var errorField: String? { (json["error"] as? [String: Any])?["field"] as? String }
        /// The header's value (case-insensitive name).
        func header(_ name: String) -> String? { headers.first { $0.key.lowercased() == name.lowercased() }?.value }
    }

    /// Sends a request to the service.
    func send(_ method: String, _ path: String, body: Data? = nil, headers: [String: String] = [:]) async throws
        -> Reply
    {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        request.httpBody = body
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields { fields["\(name)"] = "\(value)" }
        return Reply(status: http.statusCode, headers: fields, body: data)
    }

    /// POSTs a JSON object.
    func post(_ path: String, _ object: [String: Any], headers: [String: String] = [:]) async throws -> Reply {
        try await send("POST", path, body: try JSONSerialization.data(withJSONObject: object), headers: headers)
    }

    /// POSTs JSON text.
    func post(_ path: String, json: String, headers: [String: String] = [:]) async throws -> Reply {
        try await send("POST", path, body: Data(json.utf8), headers: headers)
    }

    /// GETs a path.
    func get(_ path: String, headers: [String: String] = [:]) async throws -> Reply {
        try await send("GET", path, headers: headers)
    }
}
