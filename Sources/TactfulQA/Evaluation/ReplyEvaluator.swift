import Foundation
import TactfulLint
import TactfulMarkets
import TactfulTime

/// Evaluates a ticket's agent replies: lints each public one for the customer's market and channel, times it
/// against the SLA from the customer's oldest unanswered message, and checks its language. Customer messages start
/// the clock; internal notes are neither linted nor count as a reply. Safe to call from many threads.
public final class ReplyEvaluator: Sendable {
    /// The compiled linters, one per market.
    public let linters: LinterCache
    /// The SLA clock and policies.
    public let responseClock: ResponseClock
    /// The language of the findings' messages.
    public let uiLanguage: UILanguage
    private let chooser: MarketChooser
    private let weeks: ISOWeek

    /// An evaluator; `fallbackMarket` is used when a ticket has no locale and its customer's language cannot be
    /// told.
    public init(linters: LinterCache, responseClock: ResponseClock, fallbackMarket: String?, uiLanguage: UILanguage) {
        self.linters = linters
        self.responseClock = responseClock
        self.uiLanguage = uiLanguage
        chooser = MarketChooser(linters: linters, fallback: fallbackMarket)
        weeks = ISOWeek(zoneIdentifier: responseClock.clock.schedule.zone.identifier)
    }

    /// The ticket's evaluated replies, or why the ticket cannot be evaluated.
    public func evaluate(_ ticket: TicketThread) -> Result<[ReplyEvaluation], BadRow> {
        let market: Market
        let customerLanguage: String?
        switch chooser.choose(for: ticket) {
        case .failure(let bad): return .failure(bad)
        case .success(let chosen): (market, customerLanguage) = chosen
        }
        let linter: Linter
        do { linter = try linters.linter(for: market) } catch {
            return .failure(
                BadRow(line: ticket.line, reason: "the rules for \(market.tag) could not be compiled: \(error)"))
        }
        let channel = QAChannel(exported: ticket.channel)
        var waitingSince: Date?
        var replies: [ReplyEvaluation] = []
        for message in ticket.messages {
            guard case .agent(let agent) = message.author else {
                waitingSince = waitingSince ?? message.at
                continue
            }
            guard message.isPublic else { continue }
            var timing: ResponseTiming?
            if let start = waitingSince {
                do {
                    timing = try responseClock.timing(
                        channel: channel, metric: replies.isEmpty ? .firstReply : .nextReply, from: start,
                        to: message.at)
                } catch {
                    return .failure(BadRow(line: message.line, reason: "ticket \(ticket.id): \(error)"))
                }
            }
            waitingSince = nil
            let findings: [Finding]
            do {
                findings = try linter.lintReportingSuppressions(
                    message.text, channel: channel.lintChannel, uiLanguage: uiLanguage
                ).findings
            } catch {
                return .failure(BadRow(line: message.line, reason: "ticket \(ticket.id): \(error)"))
            }
            let replyLanguage = LanguageDetector.replyLanguage(message.text)
            replies.append(
                ReplyEvaluation(
                    ticket: ticket.id, replyIndex: replies.count, agent: agent, market: market.tag,
                    channel: channel.policy, at: message.at, week: weeks.week(of: message.at), timing: timing,
                    customerLanguage: customerLanguage, replyLanguage: replyLanguage,
                    inCustomerLanguage: zip(replyLanguage, customerLanguage).map(MarketChooser.matches),
                    findings: findings, text: message.text))
        }
        return .success(replies)
    }
}

/// Both values when both are present.
private func zip<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
