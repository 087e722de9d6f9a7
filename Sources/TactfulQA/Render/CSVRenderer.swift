import TactfulLint

/// `--format csv`: one row per group for BI tools — the team, each agent, each market, each week and each
/// agent-week — with the same figures as the JSON and each agent's scorecard scores. Column names are fixed
/// (English) whatever `--ui-language` says.
public enum CSVRenderer {
    static let categories = Category.allCases.filter { $0 != .template }

    /// The column names.
    public static var header: [String] {
        [
            "section", "key", "agent", "week", "replies", "replies_with_findings", "sla_measured", "sla_met",
            "sla_met_percent", "sla_missed_by_median_seconds", "response_median_seconds", "response_p90_seconds",
            "first_reply_median_seconds",
            "in_customer_language_percent",
        ]
            + categories.map { "\($0.rawValue)_per_100" }
            + ScorecardItem.allCases.filter { !$0.needsReviewer }.map { "score_\($0.rawValue)" }
    }

    /// The CSV text (RFC 4180, `\r\n` line ends).
    public static func render(_ report: QAReport) -> String {
        var rows = [header]
        rows.append(row("team", report.team, agent: "", week: "", scorecard: report.teamScorecard))
        for agent in report.agents {
            rows.append(row("agent", agent.summary, agent: agent.agent, week: "", scorecard: agent.scorecard))
            for week in agent.weeks {
                rows.append(row("agent-week", week, agent: agent.agent, week: week.key, scorecard: nil))
            }
        }
        for market in report.markets { rows.append(row("market", market, agent: "", week: "", scorecard: nil)) }
        for week in report.weeks { rows.append(row("week", week, agent: "", week: week.key, scorecard: nil)) }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private static func row(
        _ section: String, _ summary: GroupSummary, agent: String, week: String, scorecard: [ScorecardLine]?
    ) -> [String] {
        func number(_ value: Double?) -> String {
            guard let value else { return "" }
            return value == value.rounded() ? String(Int(value)) : String(value)
        }
        let key = section == "agent-week" ? "\(agent) \(week)" : summary.key
        var cells = [
            section, key, agent, week, String(summary.replies), String(summary.repliesWithFindings),
            String(summary.sla.measured), String(summary.sla.met), number(summary.sla.metPercent),
            number(summary.sla.missedByMedianSeconds),
            number(summary.responseSeconds.median), number(summary.responseSeconds.p90),
            number(summary.firstReplySeconds.median), number(summary.inCustomerLanguagePercent),
        ]
        cells += categories.map { number(summary.findingsPer100[$0.rawValue]) }
        cells += ScorecardItem.allCases.filter { !$0.needsReviewer }.map { item in
            number(scorecard?.first { $0.item == item }?.score)
        }
        return cells
    }

    /// A field quoted when it holds a comma, quote or line break; a leading `=`, `+`, `-` or `@` gets a `'` so that
    /// spreadsheets do not run it as a formula.
    static func field(_ text: String) -> String {
        var text = text
        if let first = text.first, "=+-@".contains(first), Double(text) == nil { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
