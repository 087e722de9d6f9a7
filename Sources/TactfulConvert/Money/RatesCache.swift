import Foundation

/// The cached rates file and what the server said about it, in a per-user cache directory given by the caller.
struct RatesCache {
    /// What Tactful remembers about the cached copy.
    struct Metadata: Codable {
        var etag: String?
        var lastModified: String?
        /// When the copy was last fetched or confirmed unchanged (seconds since 1970).
        var checkedAt: Double
    }

    let directory: URL

    private var bodyFile: URL { directory.appendingPathComponent("eurofxref-daily.xml") }
    private var metadataFile: URL { directory.appendingPathComponent("eurofxref-daily.json") }

    /// The cached rates and metadata; nil when there is none; throws when the cache is unreadable or corrupt.
    func load(source: String) throws(ConvertError) -> (ExchangeRates, Metadata)? {
        guard FileManager.default.fileExists(atPath: bodyFile.path) else { return nil }
        guard let body = try? String(contentsOf: bodyFile, encoding: .utf8),
            let metadataData = try? Data(contentsOf: metadataFile),
            let metadata = try? JSONDecoder().decode(Metadata.self, from: metadataData)
        else { throw .badData("the rates cache in \(directory.path) is unreadable") }
        return (try RatesParser.ecbXML(body, source: source), metadata)
    }

    /// Stores a fresh copy (atomically, so a crash never leaves half a file).
    func store(body: Data, metadata: Metadata) throws(ConvertError) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try body.write(to: bodyFile, options: .atomic)
            try JSONEncoder().encode(metadata).write(to: metadataFile, options: .atomic)
        } catch {
            throw .badData("cannot write the rates cache in \(directory.path): \(error.localizedDescription)")
        }
    }

    /// Records that the server confirmed the cached copy is current.
    func touch(_ metadata: Metadata, at now: Date) throws(ConvertError) {
        var updated = metadata
        updated.checkedAt = now.timeIntervalSince1970
        do {
            try JSONEncoder().encode(updated).write(to: metadataFile, options: .atomic)
        } catch {
            throw .badData("cannot write the rates cache in \(directory.path): \(error.localizedDescription)")
        }
    }
}
