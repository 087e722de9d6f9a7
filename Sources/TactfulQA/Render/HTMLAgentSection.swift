/// One agent's section of the HTML report: tiles, scorecard, trend over weeks, category breakdown, SLA per week,
/// and the coaching sample with findings highlighted.
enum HTMLAgentSection {
    static func render(_ agent: QAReport.Agent, report: QAReport, _ t: QAStrings) -> String {
        var html =
            "<section id=\"\(HTMLRenderer.anchor(agent.agent))\" class=\"agent\"><h2>\(HTMLText.escape(agent.agent))</h2>"
        html += HTMLRenderer.tiles(agent.summary, t)
        html +=
            "<h3>\(t(.scorecard))</h3><div class=\"scroll\"><table><thead><tr><th>\(t(.item))</th><th>\(t(.score))</th>"
        html += "<th>\(t(.teamScore))</th><th>\(t(.flagged))</th><th>\(t(.signals))</th></tr></thead><tbody>"
        for line in agent.scorecard {
            html += "<tr><td>\(HTMLText.escape(t.name(of: line.item)))</td>"
            if line.item.needsReviewer {
                html += "<td colspan=\"4\"><em>\(t(.reviewer))</em></td></tr>"
                continue
            }
            html += "<td class=\"\(ScoreClass.of(line.score))\">\(HTMLText.number(line.score))</td>"
            html += "<td>\(HTMLText.number(line.teamScore))</td><td>\(line.flagged) / \(line.measured)</td>"
            html += "<td>\(line.signals.map { "<code>\($0)</code>" }.joined(separator: " "))</td></tr>"
        }
        html += "</tbody></table></div><div class=\"charts\">"
        html +=
            "<figure>\(HTMLRenderer.trend(agent.weeks, t))</figure><figure>\(HTMLRenderer.categoryBars(agent.summary, t))</figure>"
        html += "<figure>\(HTMLRenderer.slaChart(agent.weeks, t))</figure></div>"
        if !agent.summary.topRules.isEmpty {
            html +=
                "<p>\(t(.topRules)): "
                + agent.summary.topRules.map { "<code>\(HTMLText.escape($0.rule))</code> ×\($0.count)" }
                .joined(separator: ", ") + "</p>"
        }
        html += "<h3>\(t(.sample)) (\(agent.sample.count))</h3>"
        html += agent.sample.isEmpty ? "<p>\(t(.noSample))</p>" : "<p class=\"meta\">\(t(.sampleNote))</p>"
        for reply in agent.sample { html += replyBlock(reply, t) }
        return html + "</section>\n"
    }

    private static func replyBlock(_ reply: SampleReply, _ t: QAStrings) -> String {
        var head =
            "#\(HTMLText.escape(reply.ticket)) · \(HTMLText.escape(reply.market)) · \(reply.channel) · \(reply.at)"
        if let timing = reply.timing {
            head += " · \(timing.metric) \(HTMLText.duration(timing.seconds)) (\(timing.clock))"
            if timing.met == false {
                head += " <span class=\"missed\">SLA +\(HTMLText.duration(timing.overBySeconds))</span>"
            }
        }
        if reply.inCustomerLanguage == false {
            head += " · <span class=\"missed\">\(reply.replyLanguage ?? "?") ≠ \(reply.customerLanguage ?? "?")</span>"
        }
        var html = "<div class=\"reply\"><div class=\"head\">\(head)</div><pre>\(highlighted(reply))</pre>"
        if !reply.findings.isEmpty {
            html +=
                "<ul class=\"findings\">"
                + reply.findings.map {
                    "<li><code>\(HTMLText.escape($0.rule))</code> (\($0.category)): \(HTMLText.escape($0.message))</li>"
                }.joined() + "</ul>"
        }
        return html + "</div>"
    }

    /// The reply's text with each placed finding in a `<mark>` titled with its message.
    private static func highlighted(_ reply: SampleReply) -> String {
        let units = Array(reply.text.utf16)
        var html = ""
        var position = 0
        for finding in reply.findings {
            guard let start = finding.start, let end = finding.end, start >= position, end <= units.count else {
                continue
            }
            html += HTMLText.escape(String(decoding: units[position..<start], as: UTF16.self))
            html += "<mark title=\"\(HTMLText.escape(finding.category + ": " + finding.message))\">"
            html += HTMLText.escape(String(decoding: units[start..<end], as: UTF16.self)) + "</mark>"
            position = end
        }
        return html + HTMLText.escape(String(decoding: units[position...], as: UTF16.self))
    }
}
