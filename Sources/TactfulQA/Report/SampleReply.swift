import Foundation
import TactfulLint

/// A reply in the coaching sample, as quoted in the report: its text (customer PII masked unless `--no-redact`),
/// its findings placed in that text, its timing and language.
public struct SampleReply: Sendable, Codable, Equatable {
    /// A finding, placed in the quoted text.
    public struct Highlight: Sendable, Codable, Equatable {
        /// The rule id.
        public var rule: String
        /// The category.
        public var category: String
        /// `error`, `warning` or `info`.
        public var severity: String
        /// The rule's message.
        public var message: String
        /// The matched text (masked like the rest).
        public var match: String
        /// UTF-16 offsets of the match in `text`; nil for a finding overlapping an earlier one.
        public var start: Int?
        /// End offset (exclusive).
        public var end: Int?
    }

    /// The ticket.
    public var ticket: String
    /// The agent.
    public var agent: String
    /// The customer's market.
    public var market: String
    /// The channel.
    public var channel: String
    /// When it was sent (ISO 8601, UTC).
    public var at: String
    /// The ISO week.
    public var week: String
    /// Its timing.
    public var timing: ResponseTiming?
    /// The customer's language.
    public var customerLanguage: String?
    /// The reply's language.
    public var replyLanguage: String?
    /// Whether it is in the customer's language.
    public var inCustomerLanguage: Bool?
    /// The quoted text.
    public var text: String
    /// Its findings.
    public var findings: [Highlight]

    /// The sample entry of `reply`; its text and matches pass through `mask` piece by piece, so that highlights
    /// stay on their words.
    public init(_ reply: ReplyEvaluation, mask: (String) -> String) {
        ticket = reply.ticket
        agent = reply.agent
        market = reply.market
        channel = reply.channel
        at = ISO8601Format.utc(reply.at)
        week = reply.week
        timing = reply.timing
        customerLanguage = reply.customerLanguage
        replyLanguage = reply.replyLanguage
        inCustomerLanguage = reply.inCustomerLanguage
        let units = Array(reply.text.utf16)
        var text = ""
        var consumed = 0
        var placed = 0
        var findings: [Highlight] = []
        func piece(_ range: Range<Int>) -> String { mask(String(decoding: units[range], as: UTF16.self)) }
        for finding in reply.findings.sorted(by: { $0.span.lowerBound < $1.span.lowerBound }) {
            let span = finding.span.clamped(to: 0..<units.count)
            var highlight = Highlight(
                rule: finding.rule, category: finding.category.rawValue, severity: finding.severity.rawValue,
                message: finding.message, match: mask(finding.match), start: nil, end: nil)
            if span.lowerBound >= consumed, !span.isEmpty {
                text += piece(consumed..<span.lowerBound)
                placed = text.utf16.count
                let match = piece(span)
                text += match
                (highlight.start, highlight.end) = (placed, placed + match.utf16.count)
                consumed = span.upperBound
            }
            findings.append(highlight)
        }
        text += piece(consumed..<units.count)
        self.text = text
        self.findings = findings
    }
}

/// Instants as `2026-03-02T10:00:00Z`.
enum ISO8601Format {
    static func utc(_ date: Date) -> String { date.formatted(Date.ISO8601FormatStyle()) }
}
