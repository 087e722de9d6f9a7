import Foundation
import TactfulLint

/// One agent reply, evaluated: its findings, its timing against the SLA, and whether it is in the customer's
/// language.
public struct ReplyEvaluation: Sendable {
    /// The ticket.
    public var ticket: String
    /// The reply's position among the ticket's agent replies (0-based): with `ticket`, what the sample hashes.
    public var replyIndex: Int
    /// The agent who sent it.
    public var agent: String
    /// The customer's market (a tag such as `de-DE`).
    public var market: String
    /// The channel (its SLA policy name).
    public var channel: String
    /// When it was sent.
    public var at: Date
    /// Its ISO week in the team's zone (`2026-W10`).
    public var week: String
    /// Its timing; nil for a reply nobody asked for (no customer message waiting).
    public var timing: ResponseTiming?
    /// The customer's language (from the locale, else from their text).
    public var customerLanguage: String?
    /// The reply's language; nil when too short to tell.
    public var replyLanguage: String?
    /// True or false when both languages are known.
    public var inCustomerLanguage: Bool?
    /// The linter's findings.
    public var findings: [Finding]
    /// The reply's text.
    public var text: String
}
