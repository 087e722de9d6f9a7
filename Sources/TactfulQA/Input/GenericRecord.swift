import Foundation

/// A row of the documented generic export (docs/QA.md): one agent reply and the customer message it answers.
///
/// Columns: `ticket`, `agent`, `customer_locale`, `channel`, `customer_at`, `reply_at`, `text`; optional
/// `customer_text` (the customer's message, for telling their language), `customer_tz`, and `public`
/// (`false` for an internal note). An empty `customer_at` is a follow-up the customer did not ask for.
struct GenericRecord {
    static let required = ["ticket", "agent", "channel", "reply_at", "text"]

    /// The ticket's messages from one row, or why the row cannot be used.
    static func read(_ value: (String) -> String?, line: Int) -> Result<TicketThread, BadRow> {
        for name in required where (value(name) ?? "").isEmpty {
            return .failure(BadRow(line: line, reason: "missing '\(name)'"))
        }
        let replyText = value("reply_at") ?? ""
        guard let replyAt = ExportTime.parse(replyText) else {
            return .failure(BadRow(line: line, reason: "reply_at '\(replyText)' is not an ISO 8601 time"))
        }
        var messages: [HelpdeskMessage] = []
        if let customerText = value("customer_at"), !customerText.isEmpty {
            guard let customerAt = ExportTime.parse(customerText) else {
                return .failure(BadRow(line: line, reason: "customer_at '\(customerText)' is not an ISO 8601 time"))
            }
            guard customerAt <= replyAt else {
                return .failure(BadRow(line: line, reason: "customer_at is after reply_at"))
            }
            messages.append(
                HelpdeskMessage(
                    author: .customer, isPublic: true, at: customerAt, text: value("customer_text") ?? "", line: line))
        }
        let isPublic = !["false", "0", "no", "private", "note"].contains((value("public") ?? "").lowercased())
        messages.append(
            HelpdeskMessage(
                author: .agent(value("agent") ?? ""), isPublic: isPublic, at: replyAt, text: value("text") ?? "",
                line: line))
        let ticket = TicketThread(
            id: value("ticket") ?? "", channel: value("channel") ?? "", locale: value("customer_locale"),
            timeZone: value("customer_tz"), messages: messages, line: line)
        return .success(ticket)
    }
}

/// The generic export as JSON Lines: one JSON object per line with the ``GenericRecord`` fields.
public struct GenericJSONLReader: ExportReader {
    private let stream: ByteStream
    private var grouper = TicketGrouper()
    private var queue = ItemQueue()
    private var ended = false
    private let decoder = JSONDecoder()

    /// A reader over the file at `path` (`-` for standard input).
    public init(path: String) throws { stream = try ByteStream(path: path) }
    init(stream: ByteStream) { self.stream = stream }

    /// The next ticket or bad line.
    public mutating func next() throws -> ExportItem? {
        while true {
            if let item = queue.pop() { return item }
            if ended { return nil }
            let line = stream.line
            guard let bytes = try stream.nextLine() else {
                ended = true
                queue.push(grouper.finish())
                continue
            }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            guard let object = try? decoder.decode([String: LooseJSON].self, from: Data(bytes)) else {
                queue.push(.bad(BadRow(line: line, reason: "not a JSON object")))
                continue
            }
            switch GenericRecord.read({ object[$0]?.text }, line: line) {
            case .failure(let bad): queue.push(.bad(bad))
            case .success(let ticket): queue.push(grouper.add(ticket))
            }
        }
    }
}

/// The generic export as CSV with a header row naming the ``GenericRecord`` columns.
public struct GenericCSVReader: ExportReader {
    private var records: CSVRecords
    private var header: CSVHeader?
    private var grouper = TicketGrouper()
    private var queue = ItemQueue()
    private var ended = false

    /// A reader over the file at `path` (`-` for standard input).
    public init(path: String) throws { records = CSVRecords(try ByteStream(path: path)) }
    init(stream: ByteStream) { records = CSVRecords(stream) }

    /// The next ticket or bad row; a header without the required columns is an error.
    public mutating func next() throws -> ExportItem? {
        while true {
            if let item = queue.pop() { return item }
            if ended { return nil }
            guard let (line, fields) = try records.next() else {
                ended = true
                queue.push(grouper.finish())
                continue
            }
            guard let header else {
                let found = CSVHeader(fields)
                let missing = GenericRecord.required.filter { found.column([$0]) == nil }
                guard missing.isEmpty else {
                    throw QAError("line \(line): the CSV header lacks \(missing.joined(separator: ", "))")
                }
                self.header = found
                continue
            }
            guard fields.count == header.names.count else {
                queue.push(
                    .bad(
                        BadRow(line: line, reason: "\(fields.count) fields where the header has \(header.names.count)"))
                )
                continue
            }
            switch GenericRecord.read({ header.column([$0]).map { fields[$0] } }, line: line) {
            case .failure(let bad): queue.push(.bad(bad))
            case .success(let ticket): queue.push(grouper.add(ticket))
            }
        }
    }
}

extension TicketGrouper {
    /// Adds a one-record ticket fragment.
    mutating func add(_ fragment: TicketThread) -> TicketThread? {
        add(
            id: fragment.id, channel: fragment.channel, locale: fragment.locale, timeZone: fragment.timeZone,
            messages: fragment.messages, line: fragment.line)
    }
}
