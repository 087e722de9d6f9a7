import Foundation

/// A ticket as Zendesk exports it (the JSON export and the incremental export with comments side-loaded), reduced
/// to what `tactful qa` reads: `id`, `via.channel`, `requester` (`id`, `locale`, `time_zone`) or `requester_id`,
/// `assignee`, and `comments` (`author_id`, `author` with `name` and `role`, `public`, `created_at`, `plain_body`
/// or `body`).
struct ZendeskTicket: Decodable {
    struct Via: Decodable { let channel: LooseJSON? }
    struct User: Decodable {
        let id: LooseJSON?
        let name: String?
        let role: String?
        let locale: String?
        let timeZone: String?
    }
    struct Comment: Decodable {
        let authorId: LooseJSON?
        let author: User?
        let `public`: LooseJSON?
        let createdAt: String?
        let body: String?
        let plainBody: String?
    }

    let id: LooseJSON?
    let via: Via?
    let requester: User?
    let requesterId: LooseJSON?
    let assignee: User?
    let assigneeId: LooseJSON?
    let comments: [Comment]?

    /// The ticket, or why it cannot be used.
    func thread(line: Int) -> Result<TicketThread, BadRow> {
        guard let ticketID = id?.text else { return .failure(BadRow(line: line, reason: "a ticket without 'id'")) }
        guard let comments, !comments.isEmpty else {
            return .failure(BadRow(line: line, reason: "ticket \(ticketID) has no 'comments'"))
        }
        let requesterID = requester?.id?.text ?? requesterId?.text
        let assigneeID = assignee?.id?.text ?? assigneeId?.text
        var messages: [HelpdeskMessage] = []
        for (index, comment) in comments.enumerated() {
            guard let timeText = comment.createdAt, let at = ExportTime.parse(timeText) else {
                return .failure(
                    BadRow(line: line, reason: "ticket \(ticketID): comment \(index + 1) has no valid 'created_at'"))
            }
            let authorID = comment.authorId?.text ?? comment.author?.id?.text
            let isCustomer: Bool
            switch comment.author?.role?.lowercased() {
            case "end-user", "end_user", "customer": isCustomer = true
            case "agent", "admin": isCustomer = false
            default: isCustomer = authorID == nil || authorID == requesterID
            }
            let name =
                comment.author?.name ?? (authorID == assigneeID ? assignee?.name : nil) ?? "agent \(authorID ?? "?")"
            messages.append(
                HelpdeskMessage(
                    author: isCustomer ? .customer : .agent(name), isPublic: comment.public?.flag ?? true, at: at,
                    text: comment.plainBody ?? comment.body ?? "", line: line))
        }
        return .success(
            TicketThread(
                id: ticketID, channel: via?.channel?.text ?? "email", locale: requester?.locale,
                timeZone: requester?.timeZone, messages: messages, line: line))
    }
}

/// Zendesk tickets with their comments: NDJSON (one ticket per line) or a JSON document whose first array holds
/// the tickets (`{"tickets": […]}` or `[…]`).
public struct ZendeskReader: ExportReader {
    private let stream: ByteStream
    private var elements: JSONArrayElements?
    private var isDocument: Bool?
    private let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }()

    /// A reader over the file at `path` (`-` for standard input).
    public init(path: String) throws { stream = try ByteStream(path: path) }
    init(stream: ByteStream) { self.stream = stream }

    /// The next ticket or bad record.
    public mutating func next() throws -> ExportItem? {
        if isDocument == nil {
            let start = String(decoding: try stream.upcoming(64), as: UTF8.self)
                .filter { !$0.isWhitespace }
            let document = start.hasPrefix("[") || start.hasPrefix("{\"tickets\":")
            isDocument = document
            if document { elements = JSONArrayElements(stream) }
        }
        let record: (line: Int, bytes: [UInt8])
        if var elements {
            guard let element = try elements.next() else { return nil }
            self.elements = elements
            record = element
        } else {
            var line = stream.line
            var bytes: [UInt8] = []
            while bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                line = stream.line
                guard let next = try stream.nextLine() else { return nil }
                bytes = next
            }
            record = (line, bytes)
        }
        guard let ticket = try? decoder.decode(ZendeskTicket.self, from: Data(record.bytes)) else {
            return .bad(BadRow(line: record.line, reason: "not a Zendesk ticket object"))
        }
        switch ticket.thread(line: record.line) {
        case .success(let thread): return .ticket(thread)
        case .failure(let bad): return .bad(bad)
        }
    }
}
