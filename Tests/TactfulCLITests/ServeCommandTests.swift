import Foundation
import Testing
import TactfulTestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `tactful serve` as a user runs it: the built binary on a free loopback port.
@Suite struct ServeCommandTests {
    static let draft = "Dear customer,\nWe can't refund you, as I already said. The return label costs $5.00.\n"

    @Test func lintOverHTTPGivesTheCLIsFindings() async throws {
        let server = try LiveProcess(["serve", "--port", "0"])
        let port = try #require(server.listeningPort(), "no port in: \(server.standardError)")
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/v1/lint")!)
        request.httpMethod = "POST"
        request.httpBody = try JSONSerialization.data(withJSONObject: ["text": Self.draft, "market": "en-GB"])
        let (data, _) = try await URLSession.shared.data(for: request)
        let served = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        let printed = try CLI.json(["lint", "--market", "en-GB", "--format", "json", "-"], input: Self.draft)
        let servedFile = (served["files"] as? [[String: Any]])?.first ?? [:]
        let printedFile = (printed["files"] as? [[String: Any]])?.first ?? [:]
        let servedFindings = servedFile["findings"] as? [[String: Any]] ?? []
        #expect(!servedFindings.isEmpty)
        #expect(NSArray(array: servedFindings).isEqual(to: printedFile["findings"] as? [[String: Any]] ?? []))
        #expect(
            NSDictionary(dictionary: served["summary"] as? [String: Any] ?? [:])
                .isEqual(to: printed["summary"] as? [String: Any] ?? [:]))
        server.signal(SIGTERM)
        #expect(server.exitStatus() == 0)
    }

    @Test func sigtermLetsTheRequestInFlightFinish() throws {
        let server = try LiveProcess(["serve", "--port", "0"])
        let port = try #require(server.listeningPort(), "no port in: \(server.standardError)")
        let body = #"{"text": "Thank you for waiting.", "market": "en-GB"}"#
        let socket = try #require(LoopbackSocket(port: port))
        socket.send(
            "POST /v1/lint HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n" + body.prefix(10))
        Thread.sleep(forTimeInterval: 0.3)
        server.signal(SIGTERM)
        Thread.sleep(forTimeInterval: 0.3)
        socket.send(String(body.dropFirst(10)))
        let response = socket.receiveAll()
        #expect(response.hasPrefix("HTTP/1.1 200"), "\(response)")
        #expect(response.contains(#""market":"en-GB""#))
        #expect(server.exitStatus() == 0)
        #expect(LoopbackSocket(port: port) == nil)
    }

    @Test func badConfigIsAnInputError() throws {
        let folder = Scratch.root.appendingPathComponent("tactful-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = folder.appendingPathComponent("tactful.yml")
        try "serve:\n  prot: 80\n".write(to: config, atomically: true, encoding: .utf8)
        let result = try CLI.run(["serve", "--config", config.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("tactful.yml:2:3: error: unknown key 'prot'"))
        let badPort = try CLI.run(["serve", "--port", "70000"])
        #expect(badPort.status == 2 && badPort.stderr.contains("--port"))
    }

    @Test(
        .enabled(
            if: ConformancePython.has("schemathesis"), "needs TACTFUL_PYTHON with schemathesis; .ci/run installs it"))
    func schemathesisFindsEveryResponseAsTheOpenAPIDocumentSays() throws {
        let result = try ConformancePython.run("http_schemathesis.py")
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
    }

    @Test func helpTeachesWithExamples() throws {
        for command in [["serve"], ["mcp"]] {
            let help = try CLI.run(command + ["--help"])
            #expect(help.status == 0 && help.stdout.contains("Examples:"))
        }
    }
}
