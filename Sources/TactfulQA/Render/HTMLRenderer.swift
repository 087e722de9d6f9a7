import TactfulLint

/// `--format html`: one self-contained page (inline CSS and SVG, no script, no network) a lead can open or mail:
/// the team overview, market hot spots, and a section per agent.
public enum HTMLRenderer {
    /// The page.
    public static func render(_ report: QAReport, uiLanguage: UILanguage) -> String {
        let t = QAStrings(language: uiLanguage)
        var html = """
            <!DOCTYPE html>
            <html lang="\(uiLanguage == .zhHans ? "zh-Hans" : "en")"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(t(.title))) — \(HTMLText.escape(report.input.path))</title>
            <style>\(style)</style></head><body><main>
            <h1>\(HTMLText.escape(t(.title)))</h1>
            <p class="meta">\(HTMLText.escape(t(.input))): <code>\(HTMLText.escape(report.input.path))</code>
            (\(report.input.format)) · \(report.input.tickets) tickets · \(report.input.replies) \(t(.replies).lowercased())
            · \(report.settings.timeZone) · <span title="\(HTMLText.escape(report.settings.policies))">SLA: \(HTMLText.escape(shortened(report.settings.policies)))</span><br>
            \(t(.sample)): \(HTMLText.number(report.settings.samplePercent)) %, seed \(report.settings.seed) ·
            \(report.settings.redacted ? t(.redacted) : "<strong>\(t(.notRedacted))</strong>")</p>
            <nav>\(report.agents.map { "<a href=\"#\(anchor($0.agent))\">\(HTMLText.escape($0.agent))</a>" }.joined(separator: " "))</nav>

            """
        html += teamSection(report, t)
        html += marketSection(report, t)
        for agent in report.agents { html += HTMLAgentSection.render(agent, report: report, t) }
        html += badRowSection(report, t)
        return html + "</main></body></html>\n"
    }

    /// The first clause of a long source note, for the page's header (the whole note is its tooltip).
    static func shortened(_ text: String) -> String {
        let clause = text.prefix { $0 != "," && $0 != "(" && $0 != "\n" }
        return clause.count < text.count ? clause.trimmingCharacters(in: .whitespaces) + " …" : text
    }

    static func anchor(_ agent: String) -> String {
        "agent-"
            + String(
                agent.unicodeScalars.map {
                    $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : "-"
                })
    }

    static func tiles(_ summary: GroupSummary, _ t: QAStrings) -> String {
        let total = GroupSummaryMath.per100Total(summary)
        let tiles = [
            (t(.replies), String(summary.replies)), (t(.findingsPer100), HTMLText.number(total)),
            (t(.slaMet), summary.sla.metPercent.map { HTMLText.number($0) + " %" } ?? "–"),
            (t(.missedBy), HTMLText.duration(summary.sla.missedByMedianSeconds)),
            (t(.responseTime) + " · " + t(.median), HTMLText.duration(summary.responseSeconds.median)),
            (t(.responseTime) + " · " + t(.p90), HTMLText.duration(summary.responseSeconds.p90)),
            (t(.inLanguage), summary.inCustomerLanguagePercent.map { HTMLText.number($0) + " %" } ?? "–"),
        ]
        return "<div class=\"tiles\">"
            + tiles.map { "<div class=\"tile\"><span>\(HTMLText.escape($0.0))</span><b>\($0.1)</b></div>" }
            .joined() + "</div>"
    }

    static func categoryBars(_ summary: GroupSummary, _ t: QAStrings) -> String {
        let bars = CSVRenderer.categories.compactMap { category -> SVGChart.Bar? in
            let value = summary.findingsPer100[category.rawValue] ?? 0
            return value > 0 ? SVGChart.Bar(label: category.rawValue, value: value, text: HTMLText.number(value)) : nil
        }
        return SVGChart.bars(bars, title: t(.categories))
    }

    static func trend(_ weeks: [GroupSummary], _ t: QAStrings) -> String {
        SVGChart.lines(
            [
                SVGChart.Series(
                    name: t(.findingsPer100), color: "#c0392b", values: weeks.map(GroupSummaryMath.per100Total))
            ],
            labels: weeks.map(\.key), title: t(.trend))
    }

    static func slaChart(_ weeks: [GroupSummary], _ t: QAStrings) -> String {
        let bars = weeks.compactMap { week in
            week.sla.metPercent.map { SVGChart.Bar(label: week.key, value: $0, text: HTMLText.number($0) + " %") }
        }
        return SVGChart.bars(bars, title: t(.slaChart), maximum: 100, color: "#2e8b57")
    }

    private static func teamSection(_ report: QAReport, _ t: QAStrings) -> String {
        var html = "<section id=\"team\"><h2>\(t(.team))</h2>" + tiles(report.team, t)
        html +=
            "<div class=\"charts\"><figure>\(trend(report.weeks, t))</figure><figure>\(categoryBars(report.team, t))</figure>"
        html += "<figure>\(slaChart(report.weeks, t))</figure></div>"
        let items = ScorecardItem.allCases.filter { !$0.needsReviewer }
        html +=
            "<div class=\"scroll\"><table><thead><tr><th>\(t(.agent))</th><th>\(t(.replies))</th><th>\(t(.findingsPer100))</th>"
        html += items.map { "<th>\(HTMLText.escape(t.name(of: $0)))</th>" }.joined() + "</tr></thead><tbody>"
        for agent in report.agents {
            html += "<tr><td><a href=\"#\(anchor(agent.agent))\">\(HTMLText.escape(agent.agent))</a></td>"
            html +=
                "<td>\(agent.summary.replies)</td><td>\(HTMLText.number(GroupSummaryMath.per100Total(agent.summary)))</td>"
            html +=
                items.map { item in
                    let score = agent.scorecard.first { $0.item == item }?.score
                    return "<td class=\"\(ScoreClass.of(score))\">\(HTMLText.number(score))</td>"
                }.joined() + "</tr>"
        }
        return html + "</tbody></table></div></section>\n"
    }

    private static func marketSection(_ report: QAReport, _ t: QAStrings) -> String {
        var html = "<section id=\"markets\"><h2>\(t(.hotSpots))</h2><figure>"
        html += SVGChart.bars(
            report.markets.map {
                SVGChart.Bar(
                    label: $0.key, value: GroupSummaryMath.per100Total($0),
                    text: HTMLText.number(GroupSummaryMath.per100Total($0)))
            }, title: t(.hotSpots), color: "#c0392b")
        html += "</figure><div class=\"scroll\"><table><thead><tr><th>\(t(.market))</th><th>\(t(.replies))</th>"
        html +=
            "<th>\(t(.findingsPer100))</th><th>\(t(.slaMet))</th><th>\(t(.inLanguage))</th><th>\(t(.topRules))</th></tr></thead><tbody>"
        for market in report.markets {
            html += "<tr><td>\(HTMLText.escape(market.key))</td><td>\(market.replies)</td>"
            html +=
                "<td>\(HTMLText.number(GroupSummaryMath.per100Total(market)))</td><td>\(HTMLText.number(market.sla.metPercent))</td>"
            html += "<td>\(HTMLText.number(market.inCustomerLanguagePercent))</td>"
            html +=
                "<td>\(market.topRules.prefix(3).map { "<code>\(HTMLText.escape($0.rule))</code> \($0.count)" }.joined(separator: "<br>"))</td></tr>"
        }
        return html + "</tbody></table></div></section>\n"
    }

    private static func badRowSection(_ report: QAReport, _ t: QAStrings) -> String {
        guard report.input.badRows > 0 else { return "" }
        var html =
            "<section id=\"bad-rows\"><h2>\(t(.badRows)): \(report.input.badRows)</h2><div class=\"scroll\"><table>"
        html += "<thead><tr><th>\(t(.line))</th><th>\(t(.reason))</th></tr></thead><tbody>"
        for bad in report.input.badRowSamples {
            html += "<tr><td>\(bad.line)</td><td>\(HTMLText.escape(bad.reason))</td></tr>"
        }
        return html + "</tbody></table></div></section>\n"
    }

    static let style = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#222;background:#f6f7f9}
        main{max-width:1180px;margin:0 auto;padding:16px}h1{margin:.2em 0}h2{border-bottom:2px solid #dde;padding-bottom:4px}
        section{background:#fff;border-radius:8px;padding:12px 16px;margin:16px 0;box-shadow:0 1px 3px #0001}
        .meta{color:#555;font-size:13px}nav a{display:inline-block;margin:2px 6px 2px 0;font-size:13px}
        .tiles{display:flex;flex-wrap:wrap;gap:8px}.tile{flex:1 1 140px;background:#eef2f7;border-radius:6px;padding:8px}
        .tile span{display:block;font-size:12px;color:#555}.tile b{font-size:20px}
        .charts{display:flex;flex-wrap:wrap;gap:12px}figure{margin:8px 0;flex:1 1 360px;min-width:0;max-width:580px}
        svg.chart{width:100%;height:auto;font-size:11px;background:#fcfcfd;border:1px solid #eee;border-radius:4px}
        .scroll{overflow-x:auto}table{border-collapse:collapse;font-size:13px;min-width:100%}
        th,td{border-bottom:1px solid #e4e6ea;padding:4px 8px;text-align:left;vertical-align:top}
        td.good{background:#e3f4e8}td.fair{background:#fdf3d8}td.poor{background:#fbe0dc}
        .reply{border:1px solid #e4e6ea;border-radius:6px;padding:8px;margin:8px 0;overflow-wrap:anywhere}
        .reply pre{white-space:pre-wrap;font:inherit;margin:6px 0}.reply .head{font-size:12px;color:#555}
        mark{background:#ffe08a;border-bottom:2px solid #c0392b}ul.findings{font-size:12px;margin:4px 0;padding-left:18px}
        .missed{color:#c0392b;font-weight:600}
        @media (max-width:600px){svg.chart{font-size:16px}main{padding:8px}section{padding:8px 10px}}
        """
}

/// Figures derived from a summary for display.
enum GroupSummaryMath {
    /// Findings per 100 replies over every category.
    static func per100Total(_ summary: GroupSummary) -> Double {
        (summary.findingsPer100.values.reduce(0, +) * 10).rounded() / 10
    }
}

/// The colour class of a score: good ≥ 95, fair ≥ 85, else poor.
enum ScoreClass {
    static func of(_ score: Double?) -> String {
        guard let score else { return "" }
        return score >= 95 ? "good" : score >= 85 ? "fair" : "poor"
    }
}
