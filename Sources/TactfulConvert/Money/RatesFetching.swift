import Foundation

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

/// Fetches with the system's `curl` program.
///
/// Why not `URLSession`: on Linux, linking FoundationNetworking loads it and libcurl at the start of every
/// `tactful` process, about 6 ms measured on the project machine, which alone would break the 20 ms start-up
/// budget of `tactful size`. Running `curl` costs nothing until rates are actually downloaded.
public struct CurlRatesFetcher: RatesFetching {
    /// The `curl` executable.
    public let curl: URL
    /// Seconds to wait for an answer.
    public let timeout: Int

    /// A fetcher running `curl` (found by the caller, e.g. on `PATH`), giving up after `timeout` seconds.
    public init(curl: URL = URL(fileURLWithPath: "/usr/bin/curl"), timeout: Int = 10) {
        self.curl = curl
        self.timeout = timeout
    }

    /// GETs `url` with the conditional headers given.
    public func fetch(_ url: URL, etag: String?, lastModified: String?) async throws -> RatesReply {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tactful-fetch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let headers = scratch.appendingPathComponent("headers")
        let body = scratch.appendingPathComponent("body")
        var arguments = [
            "--silent", "--show-error", "--location", "--max-redirs", "3", "--max-time", "\(timeout)",
            "--proto", "=http,https", "--dump-header", headers.path, "--output", body.path,
        ]
        if let etag { arguments += ["--header", "If-None-Match: \(etag)"] }
        if let lastModified { arguments += ["--header", "If-Modified-Since: \(lastModified)"] }
        let process = Process()
        process.executableURL = curl
        process.arguments = arguments + ["--", url.absoluteString]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw ConvertError.badData(text.isEmpty ? "curl exited with status \(process.terminationStatus)" : text)
        }
        return Self.reply(
            headers: (try? String(contentsOf: headers, encoding: .utf8)) ?? "",
            body: (try? Data(contentsOf: body)) ?? Data())
    }

    /// Reads the status and validators of the last response in a `--dump-header` file (after any redirects).
    static func reply(headers: String, body: Data) -> RatesReply {
        let blocks = headers.components(separatedBy: "\r\n\r\n").filter { $0.hasPrefix("HTTP/") }
        let lines = (blocks.last ?? "").components(separatedBy: "\r\n")
        let status = lines.first?.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        func header(_ name: String) -> String? {
            lines.dropFirst().first { $0.lowercased().hasPrefix(name.lowercased() + ":") }
                .map { String($0.dropFirst(name.count + 1)).trimmingCharacters(in: .whitespaces) }
        }
        return RatesReply(status: status, body: body, etag: header("ETag"), lastModified: header("Last-Modified"))
    }
}
