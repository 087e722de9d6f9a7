import Foundation
import TactfulYAML

/// The settings of `tactful serve`: where to listen and how to guard the service. Read from the `serve:` section
/// of the config file; flags and the environment override them in the CLI.
///
/// ```yaml
/// serve:
///   host: 127.0.0.1            # 0.0.0.0 behind a load balancer
///   port: 8080
///   max-body-bytes: 262144     # request bodies above this get 413
///   time-budget: 2s            # a request still running after this gets 503 (e.g. 500ms, 2s)
///   cors: ["https://*.zendesk.com", "https://*.zdusercontent.com"]   # origins allowed to call from a browser
///   tokens: ["…"]              # bearer tokens accepted on /v1/*; none: no auth
///   log-drafts: false          # log the draft text of /v1/lint requests (off: only its length)
///   rates: rates.xml           # exchange rates (ECB XML, or CSV/JSON per euro); default: the ECB daily file, cached
/// ```
///
/// The camelCase spellings of the keys (`maxBodyBytes`, `timeBudget`, `logDrafts`) are accepted too.
public struct ServeSettings: Sendable, Equatable {
    /// The address to bind.
    public var host = "127.0.0.1"
    /// The port to bind; 0 picks a free one.
    public var port = 8080
    /// The largest request body accepted, in bytes.
    public var maxBodyBytes = 256 << 10
    /// How long one request may take before the service answers 503, in milliseconds.
    public var timeBudgetMilliseconds = 2_000
    /// Origins allowed to call the API from a browser: exact (`https://acme.zendesk.com`), with a leading
    /// subdomain wildcard (`https://*.zendesk.com`), or `*` for any.
    public var corsOrigins: [String] = []
    /// Bearer tokens accepted on `/v1/*`; empty means the API is open.
    public var tokens: [String] = []
    /// Whether lint requests log the draft text (privacy: off by default).
    public var logDrafts = false
    /// An exchange-rates file for the money endpoints, as written in the config (relative to it).
    public var ratesFile: String?

    /// The defaults.
    public init() {}

    /// The `serve:` section of a config file; the defaults when there is none. Errors point into the file.
    public init(yaml text: String, path: String) throws(ServeSettingsError) {
        do throws(PositionedError) {
            guard let section = try YAMLNode.document(text, path: path)?.node["serve"] else { return }
            try read(YAMLNode(section, path: path))
        } catch {
            throw ServeSettingsError(path: error.path, line: error.line, column: error.column, message: error.message)
        }
    }

    /// The keys of the `serve:` section.
    static let keys = ["host", "port", "max-body-bytes", "time-budget", "cors", "tokens", "log-drafts", "rates"]

    private mutating func read(_ section: YAMLNode) throws(PositionedError) {
        guard section.node.mapping != nil else { throw section.error("'serve' must be a mapping") }
        for (keyNode, value) in try section.pairs("serve") {
            let key = keyNode.node.string ?? ""
            switch Self.keys.first(where: { KeySpelling.matches(key, $0) }) {
            case "host": host = try Self.string(value, key)
            case "port": port = try Self.int(value, key, in: 0...65_535)
            case "max-body-bytes": maxBodyBytes = try Self.int(value, key, in: 1...(64 << 20))
            case "time-budget": timeBudgetMilliseconds = try Self.milliseconds(value, key)
            case "cors": corsOrigins = try Self.strings(value, key)
            case "tokens": tokens = try Self.strings(value, key)
            case "rates": ratesFile = try Self.string(value, key)
            case "log-drafts":
                guard let flag = value.node.bool else { throw value.error("'\(key)' must be true or false") }
                logDrafts = flag
            default:
                throw keyNode.error("unknown key '\(key)' in serve (known: \(Self.keys.joined(separator: ", ")))")
            }
        }
    }

    /// The `rates:` file as a path to open: as written when absolute, else relative to the folder of the config
    /// at `configPath` that names it.
    public func ratesPath(configPath: String?) -> String? {
        guard let ratesFile, let configPath, !(ratesFile as NSString).isAbsolutePath else { return ratesFile }
        return ((configPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent(ratesFile)
    }

    /// What a user of the HTTP service can do when there are no exchange rates.
    public static let ratesAdvice =
        "set serve: rates: FILE in the service's .tactful.yml (ECB XML, or CSV/JSON of currency,rate per euro)"

    /// `500ms`, `2s` or a whole number of milliseconds.
    public static func milliseconds(in text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let value: Int?
        if trimmed.hasSuffix("ms") {
            value = Int(trimmed.dropLast(2))
        } else if trimmed.hasSuffix("s") {
            value = Int(trimmed.dropLast()).map { $0 * 1_000 }
        } else {
            value = Int(trimmed)
        }
        return value.flatMap { (1...600_000).contains($0) ? $0 : nil }
    }

    private static func milliseconds(_ node: YAMLNode, _ key: String) throws(PositionedError) -> Int {
        guard let text = node.node.string, let value = milliseconds(in: text) else {
            throw node.error("'\(key)' must be a duration such as 500ms or 2s (at most 600s)")
        }
        return value
    }

    private static func string(_ node: YAMLNode, _ key: String) throws(PositionedError) -> String {
        guard node.node.scalar != nil, let text = node.node.string else {
            throw node.error("'\(key)' must be a string")
        }
        return text
    }

    private static func int(_ node: YAMLNode, _ key: String, in range: ClosedRange<Int>) throws(PositionedError) -> Int
    {
        guard let value = node.node.int, range.contains(value) else {
            throw node.error("'\(key)' must be a whole number in \(range.lowerBound)...\(range.upperBound)")
        }
        return value
    }

    private static func strings(_ node: YAMLNode, _ key: String) throws(PositionedError) -> [String] {
        if node.node.scalar != nil, let single = node.node.string { return [single] }
        guard node.isList else { throw node.error("'\(key)' must be a list of strings") }
        return try node.items(key).map { item throws(PositionedError) in try string(item, key) }
    }
}
