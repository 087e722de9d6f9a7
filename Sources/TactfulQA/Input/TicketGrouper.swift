/// Builds tickets from records that arrive ticket by ticket (the rows of one ticket next to each other, as
/// exports write them): a record of a new ticket completes the previous one. Holds one ticket at a time.
struct TicketGrouper {
    private var current: TicketThread?
    private var pending: [ExportItem] = []

    /// Adds messages of ticket `id`; the previous ticket, when `id` starts a new one, is returned complete.
    mutating func add(
        id: String, channel: String, locale: String?, timeZone: String?, messages: [HelpdeskMessage], line: Int
    ) -> TicketThread? {
        if var ticket = current, ticket.id == id {
            ticket.messages += messages
            if ticket.locale == nil { ticket.locale = locale.flatMap { $0.isEmpty ? nil : $0 } }
            current = ticket
            return nil
        }
        let finished = current.map(Self.sorted)
        current = TicketThread(
            id: id, channel: channel, locale: locale, timeZone: timeZone, messages: messages, line: line)
        return finished
    }

    /// The last ticket, at the end of the export.
    mutating func finish() -> TicketThread? {
        defer { current = nil }
        return current.map(Self.sorted)
    }

    private static func sorted(_ ticket: TicketThread) -> TicketThread {
        TicketThread(
            id: ticket.id, channel: ticket.channel, locale: ticket.locale, timeZone: ticket.timeZone,
            messages: ticket.messages, line: ticket.line)
    }
}

/// A queue of finished items: a record may complete a ticket and be bad itself, or complete one ticket only.
struct ItemQueue {
    private var items: [ExportItem] = []
    private var head = 0

    mutating func push(_ item: ExportItem?) { if let item { items.append(item) } }
    mutating func push(_ ticket: TicketThread?) { if let ticket { items.append(.ticket(ticket)) } }

    mutating func pop() -> ExportItem? {
        guard head < items.count else {
            items.removeAll(keepingCapacity: true)
            head = 0
            return nil
        }
        head += 1
        return items[head - 1]
    }
}
