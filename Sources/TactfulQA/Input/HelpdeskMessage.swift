import Foundation

/// One message of a ticket as a helpdesk export holds it, whatever the helpdesk: who wrote it, whether the
/// customer saw it, when, and what it said.
public struct HelpdeskMessage: Sendable, Equatable {
    /// Who wrote a message.
    public enum Author: Sendable, Equatable {
        /// The customer (the requester, an end user): starts or continues the SLA clock.
        case customer
        /// An agent, by the name the export gives.
        case agent(String)
    }

    /// Who wrote it.
    public var author: Author
    /// False for an internal note: never linted, never a reply.
    public var isPublic: Bool
    /// When it was written.
    public var at: Date
    /// Its text (plain text; HTML bodies are read as text).
    public var text: String
    /// The export line it came from (1-based).
    public var line: Int

    /// A message from its parts.
    public init(author: Author, isPublic: Bool, at: Date, text: String, line: Int) {
        self.author = author
        self.isPublic = isPublic
        self.at = at
        self.text = text
        self.line = line
    }

    /// True for a public message by an agent: what `tactful qa` lints and times.
    public var isAgentReply: Bool {
        if case .agent = author { return isPublic }
        return false
    }
}
