/// A record of the export that could not be used: where it is and why. Counted and reported, never fatal.
public struct BadRow: Error, Sendable, Codable, Equatable {
    /// The 1-based line the record starts on.
    public var line: Int
    /// Why it was skipped, in one sentence.
    public var reason: String

    /// A bad row at `line`.
    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }
}

/// What an export reader yields: a ticket, or a record it had to skip.
public enum ExportItem: Sendable {
    /// A complete ticket.
    case ticket(TicketThread)
    /// A record that could not be read.
    case bad(BadRow)
}

/// Reads an export one ticket at a time: memory stays flat however many tickets it holds.
public protocol ExportReader {
    /// The next ticket or bad record; nil at the end. Throws only when the file itself cannot be read.
    mutating func next() throws -> ExportItem?
}
