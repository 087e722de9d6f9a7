/// A ticket: who asked, on which channel, in which locale, and its messages in time order.
public struct TicketThread: Sendable {
    /// The ticket id as the export writes it.
    public var id: String
    /// The channel as the export names it (`email`, `web`, `chat`, `facebook`, …); see ``QAChannel``.
    public var channel: String
    /// The requester's locale (`de-DE`, `pt_BR`), when the export has one.
    public var locale: String?
    /// The requester's time zone, when the export has one (carried into the sample, not used by the clock).
    public var timeZone: String?
    /// The messages, sorted by time (stable: equal times keep export order).
    public var messages: [HelpdeskMessage]
    /// The export line the ticket starts on.
    public var line: Int

    /// A ticket from its parts; `messages` are sorted by time.
    public init(
        id: String, channel: String, locale: String?, timeZone: String?, messages: [HelpdeskMessage], line: Int
    ) {
        self.id = id
        self.channel = channel
        self.locale = locale.flatMap { $0.isEmpty ? nil : $0 }
        self.timeZone = timeZone.flatMap { $0.isEmpty ? nil : $0 }
        self.messages = messages.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }
            .map(\.element)
        self.line = line
    }

    /// The customer's own words, for telling their language when the locale is missing.
    public var customerText: String {
        messages.filter { $0.author == .customer }.map(\.text).joined(separator: "\n")
    }
}
