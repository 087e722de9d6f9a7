import Foundation
import Testing
import TactfulTestSupport

/// `tactful mcp` against the Model Context Protocol (2025-11-25) and JSON-RPC 2.0: protocol errors, the end of
/// input, exchange rates, and the official Python SDK as a client.
@Suite struct MCPConformanceTests {
    static let initialize =
        #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"tactful-test","version":"1.0"}}}"#

    /// Every reply line the server writes until `count` have come (or 20 s pass), as JSON objects.
    private func replies(_ session: LiveProcess, _ count: Int) -> [[String: Any]] {
        var replies: [[String: Any]] = []
        while replies.count < count, let line = session.nextLine() {
            replies.append((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:])
        }
        return replies
    }

    private func error(_ reply: [String: Any]) -> (code: Int?, message: String) {
        let error = reply["error"] as? [String: Any]
        return (error?["code"] as? Int, error?["message"] as? String ?? "")
    }

    @Test func unparseableMessagesAreAnsweredWithANullID() throws {
        let session = try LiveProcess(["mcp"])
        session.write("this is not JSON\n")
        session.write(#"{"jsonrpc":"2.0","id":{"an":"object"},"method":"ping"}"# + "\n")
        session.write("[]\n")
        session.write(#"{"jsonrpc":"1.0","id":7,"method":"ping"}"# + "\n")
        let answers = replies(session, 4)
        try #require(answers.count == 4, "replies: \(answers); stderr: \(session.standardError)")
        #expect(answers[0]["id"] is NSNull && error(answers[0]).code == -32700, "\(answers[0])")
        #expect(answers[1]["id"] is NSNull && error(answers[1]).code == -32600, "\(answers[1])")
        #expect(answers[2]["id"] is NSNull && error(answers[2]).code == -32600, "\(answers[2])")
        #expect(answers[3]["id"] as? Int == 7 && error(answers[3]).code == -32600, "\(answers[3])")
        try session.closeInput()
        #expect(session.exitStatus() == 0)
    }

    @Test func closingInputRightAfterRequestsAnswersThemAll() throws {
        for _ in 1...3 {
            let session = try LiveProcess(["mcp"])
            session.write(Self.initialize + "\n")
            session.write(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"# + "\n")
            session.write(#"{"jsonrpc":"2.0","id":2,"method":"tools/list"}"# + "\n")
            session.write(
                #"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"lint_draft","arguments":{"text":"It costs $5.00.","market":"en-GB"}}}"#
                    + "\n")
            try session.closeInput()
            let ids = replies(session, 3).compactMap { $0["id"] as? Int }
            #expect(ids.sorted() == [1, 2, 3], "stderr: \(session.standardError)")
            #expect(session.exitStatus() == 0)
        }
    }

    @Test func unknownToolsAndMalformedCallsAreInvalidParams() throws {
        let session = try LiveProcess(["mcp"])
        session.write(Self.initialize + "\n")
        for (id, params) in [
            (2, #"{"name":"no_such_tool","arguments":{}}"#), (3, #"{"arguments":{"text":"Hi"}}"#),
            (4, #"{"name":"lint_draft","arguments":"Hi"}"#), (5, #""lint_draft""#),
        ] {
            session.write(#"{"jsonrpc":"2.0","id":\#(id),"method":"tools/call","params":\#(params)}"# + "\n")
        }
        session.write(
            #"{"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"lint_draft","arguments":{}}}"# + "\n")
        try session.closeInput()
        let byID = Dictionary(replies(session, 6).map { ($0["id"] as? Int ?? 0, $0) }) { first, _ in first }
        for id in 2...5 {
            #expect(error(byID[id] ?? [:]).code == -32602, "\(id): \(byID[id] ?? [:])")
        }
        #expect(error(byID[2] ?? [:]).message.contains("no_such_tool"))
        let missing = byID[6]?["result"] as? [String: Any] ?? [:]
        #expect(missing["isError"] as? Bool == true, "a missing argument stays a tool error: \(missing)")
        #expect(session.exitStatus() == 0)
    }

    @Test func exchangeRatesComeFromTheFlagOrTheConfig() throws {
        let folder = Scratch.root.appendingPathComponent("tactful-mcp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "currency,rate\ndate,2026-03-13\nUSD,1.0818\n".write(
            to: folder.appendingPathComponent("rates.csv"), atomically: true, encoding: .utf8)
        try "serve:\n  rates: rates.csv\n".write(
            to: folder.appendingPathComponent(".tactful.yml"), atomically: true, encoding: .utf8)
        let offline = [
            "XDG_CACHE_HOME": folder.appendingPathComponent("cache").path, "https_proxy": "http://127.0.0.1:9",
        ]
        let money =
            #"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"convert_money","arguments":{"amount":"49.99","currency":"USD","to":"EUR","market":"de-DE"}}}"#
        for (arguments, directory) in [
            (
                ["mcp", "--rates", folder.appendingPathComponent("rates.csv").path],
                Scratch.root
            ),
            (["mcp"], folder),  // the config's serve: rates:, relative to the config
        ] {
            let session = try LiveProcess(arguments, in: directory, environment: offline)
            session.write(Self.initialize + "\n" + money + "\n")
            try session.closeInput()
            let result = replies(session, 2).first { $0["id"] as? Int == 2 }?["result"] as? [String: Any] ?? [:]
            let structured = result["structuredContent"] as? [String: Any] ?? [:]
            #expect(structured["formatted"] as? String == "46,21\u{a0}€", "\(arguments): \(result)")
        }

        let without = try LiveProcess(["mcp"], environment: offline)
        without.write(Self.initialize + "\n" + money + "\n")
        try without.closeInput()
        let result = replies(without, 2).first { $0["id"] as? Int == 2 }?["result"] as? [String: Any] ?? [:]
        let text = ((result["content"] as? [[String: Any]])?.first?["text"] as? String) ?? ""
        #expect(result["isError"] as? Bool == true)
        #expect(text.contains(#"add "--rates", "FILE" to the args of tactful mcp"#), "\(text)")
        #expect(!text.contains("pass --rates FILE"), "the CLI's advice: \(text)")
    }

    @Test(
        .enabled(if: ConformancePython.has("mcp"), "needs TACTFUL_PYTHON with the MCP Python SDK; .ci/run installs it"))
    func officialPythonSDKCallsEveryToolAndGetsProtocolErrors() throws {
        let result = try ConformancePython.run("mcp_conformance.py")
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
    }
}
