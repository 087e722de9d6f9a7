/// Where a message-per-row CSV export keeps each field: the columns `tactful qa` reads from Freshdesk's and
/// Gorgias's conversation exports (docs/QA.md lists them). Names are matched without regard to case; the first
/// present of each list wins.
struct MessageColumns: Sendable {
    /// The helpdesk, for messages.
    let helpdesk: String
    let ticket: [String]
    let channel: [String]
    let locale: [String]
    let timeZone: [String]
    let at: [String]
    let text: [String]
    let agent: [String]
    /// A flag column and whether `true` in it means "written by the customer".
    let author: (columns: [String], trueMeansCustomer: Bool)
    /// A flag column and whether `true` in it means "public" (Gorgias) or "private note" (Freshdesk).
    let visibility: (columns: [String], trueMeansPublic: Bool)

    /// Freshdesk conversations: `Ticket ID`, `Source`, `Language`, `Time zone`, `Created at`, `Body`, `Agent`,
    /// `Incoming` (true: from the customer), `Private` (true: an internal note).
    static let freshdesk = MessageColumns(
        helpdesk: "Freshdesk", ticket: ["Ticket ID", "Ticket Id"], channel: ["Source"],
        locale: ["Language", "Contact Language"], timeZone: ["Time zone", "Contact Time zone"],
        at: ["Created at", "Created time"], text: ["Body", "Body text", "Body Text"],
        agent: ["Agent", "Agent name", "User"], author: (["Incoming"], true), visibility: (["Private"], false))

    /// Gorgias messages: `ticket_id`, `channel`, `language`, `created_datetime`, `body_text`, `sender_name`,
    /// `from_agent` (true: by an agent), `public` (false: an internal note).
    static let gorgias = MessageColumns(
        helpdesk: "Gorgias", ticket: ["ticket_id"], channel: ["channel"], locale: ["language", "customer_language"],
        timeZone: ["customer_timezone"], at: ["created_datetime", "sent_datetime"],
        text: ["body_text", "stripped_text"], agent: ["sender_name", "sender_email"],
        author: (["from_agent"], false), visibility: (["public"], true))

    /// The column names a header must have.
    var required: [[String]] { [ticket, at, text, author.columns] }
}

/// A Freshdesk or Gorgias CSV export, one message per row, rows of a ticket next to each other.
public struct MessageCSVReader: ExportReader {
    private var records: CSVRecords
    private let columns: MessageColumns
    private var header: CSVHeader?
    private var grouper = TicketGrouper()
    private var queue = ItemQueue()
    private var ended = false

    /// A Freshdesk conversations export at `path`.
    public static func freshdesk(path: String) throws -> MessageCSVReader {
        MessageCSVReader(CSVRecords(try ByteStream(path: path)), columns: .freshdesk)
    }

    /// A Gorgias messages export at `path`.
    public static func gorgias(path: String) throws -> MessageCSVReader {
        MessageCSVReader(CSVRecords(try ByteStream(path: path)), columns: .gorgias)
    }

    init(_ records: CSVRecords, columns: MessageColumns) {
        self.records = records
        self.columns = columns
    }

    /// The next ticket or bad row; a header without the needed columns is an error.
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
                let missing = columns.required.filter { found.column($0) == nil }.map { $0[0] }
                guard missing.isEmpty else {
                    throw QAError(
                        "line \(line): this \(columns.helpdesk) CSV header lacks \(missing.joined(separator: ", "))")
                }
                header = found
                continue
            }
            guard fields.count == header.names.count else {
                queue.push(
                    .bad(
                        BadRow(line: line, reason: "\(fields.count) fields where the header has \(header.names.count)"))
                )
                continue
            }
            let value = { (names: [String]) in header.column(names).map { fields[$0] } ?? "" }
            switch message(value, line: line) {
            case .failure(let bad): queue.push(.bad(bad))
            case .success(let message):
                queue.push(
                    grouper.add(
                        id: value(columns.ticket), channel: value(columns.channel), locale: value(columns.locale),
                        timeZone: value(columns.timeZone), messages: [message], line: line))
            }
        }
    }

    private func message(_ value: ([String]) -> String, line: Int) -> Result<HelpdeskMessage, BadRow> {
        guard !value(columns.ticket).isEmpty else { return .failure(BadRow(line: line, reason: "no ticket id")) }
        let timeText = value(columns.at)
        guard let at = ExportTime.parse(timeText) else {
            return .failure(BadRow(line: line, reason: "'\(timeText)' is not a timestamp"))
        }
        func flag(_ names: [String]) -> Bool? {
            switch value(names).lowercased() {
            case "true", "1", "yes": true
            case "false", "0", "no": false
            default: nil
            }
        }
        guard let authorFlag = flag(columns.author.columns) else {
            return .failure(BadRow(line: line, reason: "'\(columns.author.columns[0])' is neither true nor false"))
        }
        let isCustomer = authorFlag == columns.author.trueMeansCustomer
        let visibility = flag(columns.visibility.columns)
        let isPublic = visibility.map { $0 == columns.visibility.trueMeansPublic } ?? true
        let agent = value(columns.agent)
        return .success(
            HelpdeskMessage(
                author: isCustomer ? .customer : .agent(agent.isEmpty ? "(unassigned)" : agent), isPublic: isPublic,
                at: at, text: value(columns.text), line: line))
    }
}
