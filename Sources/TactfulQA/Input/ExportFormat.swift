import Foundation

/// The export formats `tactful qa` reads (docs/QA.md documents each).
public enum ExportFormat: String, CaseIterable, Sendable {
    /// The generic format, JSON Lines.
    case generic
    /// The generic format, CSV.
    case genericCSV = "generic-csv"
    /// Zendesk tickets with comments, NDJSON or a JSON document.
    case zendesk
    /// Freshdesk conversations, CSV.
    case freshdesk
    /// Gorgias messages, CSV.
    case gorgias

    /// A reader of this format over the file at `path` (`-` for standard input).
    public func reader(path: String) throws -> any ExportReader {
        switch self {
        case .generic: try GenericJSONLReader(path: path)
        case .genericCSV: try GenericCSVReader(path: path)
        case .zendesk: try ZendeskReader(path: path)
        case .freshdesk: try MessageCSVReader.freshdesk(path: path)
        case .gorgias: try MessageCSVReader.gorgias(path: path)
        }
    }

    /// The format of the file at `path`, told from its first line: a CSV header's columns, or a JSON object's keys
    /// (`comments` or `tickets`: Zendesk; `reply_at`: generic). Nil when it cannot be told.
    public static func detect(path: String) throws -> ExportFormat? {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw QAError("cannot read the export '\(path)'") }
        defer { try? handle.close() }
        let head = String(decoding: try handle.read(upToCount: 64 << 10) ?? Data(), as: UTF8.self)
        let firstLine = head.drop { $0 == "\u{FEFF}" }.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if trimmed.hasPrefix("[") || trimmed.hasPrefix("{") {
            let compact = String(trimmed.prefix(64).filter { !$0.isWhitespace })
            if compact.hasPrefix("[") || compact.hasPrefix("{\"tickets\":") { return .zendesk }
            let keys = (try? JSONDecoder().decode([String: LooseJSON].self, from: Data(firstLine.utf8)))?.keys
            if keys?.contains("comments") == true { return .zendesk }
            return keys?.contains("reply_at") == true ? .generic : nil
        }
        let header = CSVHeader(
            firstLine.split(separator: ",").map { $0.trimmingCharacters(in: ["\"", " ", "\u{FEFF}"]) })
        if header.column(["reply_at"]) != nil { return .genericCSV }
        if header.column(["from_agent"]) != nil { return .gorgias }
        if header.column(["Incoming"]) != nil { return .freshdesk }
        return nil
    }
}
