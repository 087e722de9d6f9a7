import Foundation
import Logging

/// A swift-log handler writing one JSON object per line to standard error (`ts`, `level`, `label`, `msg` and
/// the metadata as strings), for log collectors.
struct JSONLogHandler: LogHandler {
    /// The logger's label.
    let label: String
    /// The lowest level written.
    var logLevel: Logger.Level = .info
    /// Metadata added to every line.
    var metadata: Logger.Metadata = [:]

    /// A handler for `label`.
    init(label: String) { self.label = label }

    /// Metadata by key.
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Writes one line.
    func log(event: LogEvent) {
        var fields: [String: String] = [:]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
            fields[key] = "\(value)"
        }
        fields["ts"] = Date().formatted(.iso8601)
        fields["level"] = event.level.rawValue
        fields["label"] = label
        fields["msg"] = "\(event.message)"
        guard var line = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]) else { return }
        line.append(0x0A)
        FileHandle.standardError.write(line)
    }
}
