import TactfulLint
import TactfulMarkets

/// The customer's market for a ticket: the requester's locale, else the language detected in the customer's own
/// messages, else the fallback (`--market`, or the config's default market).
struct MarketChooser: Sendable {
    let linters: LinterCache
    let fallback: String?

    /// The market and the customer's language, or why there is none.
    func choose(for ticket: TicketThread) -> Result<(market: Market, language: String?), BadRow> {
        if let locale = ticket.locale,
            let market = try? linters.market(for: locale.replacingOccurrences(of: "_", with: "-"))
        {
            return .success((market, Self.language(of: market)))
        }
        if let detected = LanguageDetector.detect(ticket.customerText)?.language,
            let market = try? linters.market(for: detected)
        {
            return .success((market, detected))
        }
        if let fallback = fallback ?? linters.config.market, let market = try? linters.market(for: fallback) {
            return .success((market, ticket.customerText.isEmpty ? Self.language(of: market) : nil))
        }
        let locale = ticket.locale.map { "locale '\($0)' unknown, " } ?? "no locale, "
        return .failure(
            BadRow(
                line: ticket.line,
                reason:
                    "ticket \(ticket.id): \(locale)customer's language not detected, and no --market to fall back on"))
    }

    /// A market's language as the detector names languages (`de`, `ja`, `zh-Hant`).
    static func language(of market: Market) -> String {
        market.language == "zh" ? "zh-\(market.script.isEmpty ? "Hans" : market.script)" : market.language
    }

    /// Whether a reply in `reply` suits a customer reading `customer`: the same language (and for Chinese the
    /// same script).
    static func matches(_ reply: String, _ customer: String) -> Bool {
        if reply.hasPrefix("zh") || customer.hasPrefix("zh") { return reply == customer }
        return reply.split(separator: "-").first == customer.split(separator: "-").first
    }
}
