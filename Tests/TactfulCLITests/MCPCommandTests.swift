import Foundation
import Testing

/// `tactful mcp` spoken to over a pipe, as an MCP client (an AI drafting assistant's host) does: JSON-RPC 2.0,
/// one message per line.
@Suite struct MCPCommandTests {
    private func call(_ session: LiveProcess, id: Int, _ method: String, _ params: [String: Any]) throws -> [String:
        Any]
    {
        let message: [String: Any] = ["jsonrpc": "2.0", "id": id, "method": method, "params": params]
        let data = try JSONSerialization.data(withJSONObject: message)
        session.write(String(decoding: data, as: UTF8.self) + "\n")
        while let line = session.nextLine() {
            let reply = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            if reply["id"] as? Int == id { return reply }
        }
        Issue.record("no reply to \(method); stderr: \(session.standardError)")
        return [:]
    }

    private func toolResult(_ reply: [String: Any]) -> (isError: Bool, text: String, structured: [String: Any]) {
        let result = reply["result"] as? [String: Any] ?? [:]
        let text = ((result["content"] as? [[String: Any]])?.first?["text"] as? String) ?? ""
        return (result["isError"] as? Bool ?? false, text, result["structuredContent"] as? [String: Any] ?? [:])
    }

    @Test func assistantLintsRewritesAndAsksForADueTime() throws {
        let session = try LiveProcess(["mcp"])
        let initialized = try call(
            session, id: 1, "initialize",
            [
                "protocolVersion": "2025-06-18", "capabilities": [:],
                "clientInfo": ["name": "tactful-test", "version": "1.0"],
            ])
        let info = (initialized["result"] as? [String: Any])?["serverInfo"] as? [String: Any]
        #expect(info?["name"] as? String == "tactful")
        session.write(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"# + "\n")

        let listed = try call(session, id: 2, "tools/list", [:])
        let names = ((listed["result"] as? [String: Any])?["tools"] as? [[String: Any]] ?? []).compactMap {
            $0["name"] as? String
        }
        #expect(
            Set(names).isSuperset(of: [
                "lint_draft", "sla_due", "list_markets", "holidays", "guide", "convert_size", "convert_money",
                "convert_units", "convert_draft",
            ]))

        let linted = toolResult(
            try call(
                session, id: 3, "tools/call",
                [
                    "name": "lint_draft",
                    "arguments": ["text": "The label costs $5.00.", "market": "en-GB", "rewrite": "unsafe"],
                ]))
        #expect(!linted.isError)
        // "US$5.00" would still be a currency finding for a GBP customer: the rewrite is refused, as --fix refuses it.
        #expect(linted.structured["rewritten"] as? String == "The label costs $5.00.")
        #expect(linted.structured["applied"] as? Int == 0)
        #expect((linted.structured["rewriteRefused"] as? String)?.contains("1 new finding(s)") == true)
        let report = linted.structured["report"] as? [String: Any] ?? [:]
        let findings = (report["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]] ?? []
        #expect(findings.contains { $0["rule"] as? String == "root.currency.format" })
        #expect(linted.text.contains(#""rewritten":"The label costs $5.00.""#))

        let rewritten = toolResult(
            try call(
                session, id: 30, "tools/call",
                [
                    "name": "lint_draft",
                    "arguments": ["text": "Wir rufen Sie um 5pm an.", "market": "de-DE", "rewrite": "safe"],
                ]))
        #expect(rewritten.structured["rewritten"] as? String == "Wir rufen Sie um 17:00 an.")
        #expect(rewritten.structured["applied"] as? Int == 1 && rewritten.structured["rewriteRefused"] == nil)

        let due = toolResult(
            try call(
                session, id: 4, "tools/call",
                [
                    "name": "sla_due",
                    "arguments": [
                        "schedule": "timezone: Asia/Shanghai\nhours: {fri: [\"09:00-18:00\"], mon: [\"09:00-18:00\"]}",
                        "from": "2026-03-06T16:00:00+08:00", "target": "4h",
                    ],
                ]))
        #expect(!due.isError && due.structured["due"] as? String == "2026-03-09T11:00:00+08:00")

        let units = toolResult(
            try call(
                session, id: 6, "tools/call",
                [
                    "name": "convert_units", "arguments": ["quantity": "10 in", "market": "de-DE"],
                ]))
        #expect(!units.isError && units.structured["formatted"] as? String == "25,4 cm")

        let size = toolResult(
            try call(
                session, id: 7, "tools/call",
                [
                    "name": "convert_size", "arguments": ["size": "42", "from": "EU", "to": "US", "category": "hats"],
                ]))
        #expect(size.isError && size.text.hasPrefix("category: "))

        let bad = toolResult(
            try call(
                session, id: 5, "tools/call",
                [
                    "name": "lint_draft", "arguments": ["text": "Hi", "market": "xx-ZZ"],
                ]))
        #expect(bad.isError && bad.text.hasPrefix("market: "))

        try session.closeInput()
        #expect(session.exitStatus() == 0)
    }
}
