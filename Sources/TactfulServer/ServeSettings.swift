import Foundation
import TactfulLint
import Yams

/// The settings of `tactful serve`: where to listen and how to guard the service. Read from the `serve:` section
/// of the config file; flags and the environment override them in the CLI.
///
/// ```yaml
/// serve:
///   host: 127.0.0.1            # 0.0.0.0 behind a load balancer
///   port: 8080
///   maxBodyBytes: 262144       # request bodies above this get 413
///   timeBudget: 2s             # a request still running after this gets 503 (e.g. 500ms, 2s)
///   cors: ["https://*.zendesk.com", "https://*.zdusercontent.com"]   # origins allowed to call from a browser
///   tokens: ["…"]              # bearer tokens accepted on /v1/*; none: no auth
///   logDrafts: false           # log the draft text of /v1/lint requests (off: only its length)
///   rates: rates.xml           # exchange rates (ECB XML, or CSV/JSON per euro); default: the ECB daily file, cached
/// ```
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
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            throw ServeSettingsError(path: path, message: "invalid YAML: \(error)")
        }
        guard let section = root?.mapping?["serve"] else { return }
        guard let fields = section.mapping else { throw Self.error(path, section, "'serve' must be a mapping") }
        for (keyNode, value) in fields {
            let key = keyNode.string ?? ""
            switch key {
            case "host": host = try Self.string(value, key, path)
            case "port": port = try Self.int(value, key, path, in: 0...65_535)
            case "maxBodyBytes": maxBodyBytes = try Self.int(value, key, path, in: 1...(64 << 20))
            case "timeBudget": timeBudgetMilliseconds = try Self.milliseconds(value, path)
            case "cors": corsOrigins = try Self.strings(value, key, path)
            case "tokens": tokens = try Self.strings(value, key, path)
            case "rates": ratesFile = try Self.string(value, key, path)
            case "logDrafts":
                guard let flag = value.bool else { throw Self.error(path, value, "'logDrafts' must be true or false") }
                logDrafts = flag
            default:
                throw Self.error(
                    path, keyNode,
                    "unknown key '\(key)' in serve (known: host, port, maxBodyBytes, timeBudget, cors, tokens, logDrafts, rates)"
                )
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

    private static func milliseconds(_ node: Node, _ path: String) throws(ServeSettingsError) -> Int {
        guard let text = node.string, let value = milliseconds(in: text) else {
            throw error(path, node, "'timeBudget' must be a duration such as 500ms or 2s (at most 600s)")
        }
        return value
    }

    private static func string(_ node: Node, _ key: String, _ path: String) throws(ServeSettingsError) -> String {
        guard node.scalar != nil, let text = node.string else { throw error(path, node, "'\(key)' must be a string") }
        return text
    }

    private static func int(_ node: Node, _ key: String, _ path: String, in range: ClosedRange<Int>)
        throws(ServeSettingsError) -> Int
    {
        guard let value = node.int, range.contains(value) else {
            throw error(path, node, "'\(key)' must be a whole number in \(range.lowerBound)...\(range.upperBound)")
        }
        return value
    }

    private static func strings(_ node: Node, _ key: String, _ path: String) throws(ServeSettingsError) -> [String] {
        if node.scalar != nil, let single = node.string { return [single] }
        guard let items = node.sequence else { throw error(path, node, "'\(key)' must be a list of strings") }
        var result: [String] = []
        for item in items { result.append(try string(item, key, path)) }
        return result
    }

    private static func error(_ path: String, _ node: Node, _ message: String) -> ServeSettingsError {
        ServeSettingsError(path: path, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, message: message)
    }
}
