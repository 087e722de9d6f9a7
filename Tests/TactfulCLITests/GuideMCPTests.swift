import Foundation
import TactfulAPI
import Testing

/// The MCP tool `guide` answers what the engine (and so `tactful guide` and `GET /v1/guide`) answers.
@Suite struct GuideMCPTests {
    private func call(_ session: LiveProcess, id: Int, _ method: String, _ params: [String: Any]) throws
        -> [String: Any]
    {
        let message: [String: Any] = ["jsonrpc": "2.0", "id": id, "method": method, "params": params]
        session.write(String(decoding: try JSONSerialization.data(withJSONObject: message), as: UTF8.self) + "\n")
        while let line = session.nextLine(seconds: 60) {
            let reply = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            if reply["id"] as? Int == id { return reply["result"] as? [String: Any] ?? reply }
        }
        Issue.record("no reply to \(method); stderr: \(session.standardError)")
        return [:]
    }

    @Test func toolAgreesWithTheEngine() throws {
        let session = try LiveProcess(["mcp"])
        _ = try call(
            session, id: 1, "initialize",
            ["protocolVersion": "2025-06-18", "capabilities": [:], "clientInfo": ["name": "t", "version": "1"]])
        session.write(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"# + "\n")
        let engine = try OneEngineTests.engine.get()

        let request = GuideRequest(market: "de-DE", from: "2026-09-20")
        let json = try call(
            session, id: 2, "tools/call", ["name": "guide", "arguments": ["market": "de-DE", "from": "2026-09-20"]])
        let structured = try #require(json["structuredContent"] as? NSDictionary, "\(json)")
        let guide = try engine.guide(request, today: .init(dayNumber: 0))
        #expect(structured == (try OneEngineTests.object(guide)))

        let arguments = ["market": "zh-CN", "uiLanguage": "zh-Hans", "from": "2026-09-20", "format": "md"]
        let markdown = try call(session, id: 3, "tools/call", ["name": "guide", "arguments": arguments])
        let text = (markdown["content"] as? [[String: Any]])?.first?["text"] as? String
        let chinese = try engine.guide(
            GuideRequest(market: "zh-CN", uiLanguage: "zh-Hans", from: "2026-09-20"), today: .init(dayNumber: 0))
        #expect(text == GuideFormat.md.render(chinese))

        let bad = try call(session, id: 4, "tools/call", ["name": "guide", "arguments": ["market": "xx-YY"]])
        #expect(bad["isError"] as? Bool == true)
        #expect(((bad["content"] as? [[String: Any]])?.first?["text"] as? String)?.hasPrefix("market: ") == true)
        try session.closeInput()
        #expect(session.exitStatus() == 0)
    }
}
