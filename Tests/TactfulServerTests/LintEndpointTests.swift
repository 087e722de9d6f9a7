import Foundation
import Testing

/// `POST /v1/lint` and the markets behind it, against a real service on a loopback port.
@Suite struct LintEndpointTests {
    @Test func lintAnswersTheCLIReportShape() async throws {
        let server = try await TestServer.open.value
        let reply = try await server.post(
            "/v1/lint", ["text": "Your parcel costs $5.00 to return.", "market": "en-GB"])
        #expect(reply.status == 200)
        #expect(reply.header("Content-Type")?.hasPrefix("application/json") == true)
        let files = reply.json["files"] as? [[String: Any]] ?? []
        #expect(files.count == 1)
        #expect(files.first?["path"] as? String == "request")
        #expect(files.first?["market"] as? String == "en-GB")
        #expect(files.first?["channel"] as? String == "email")
        let findings = files.first?["findings"] as? [[String: Any]] ?? []
        let currency = findings.first { $0["rule"] as? String == "root.currency.format" }
        #expect(currency?["match"] as? String == "$5.00")
        #expect(currency?["line"] as? Int == 1 && currency?["column"] as? Int == 19)
        #expect((currency?["fixes"] as? [[String: Any]])?.first?["replacement"] as? String == "US$5.00")
        let summary = reply.json["summary"] as? [String: Any] ?? [:]
        #expect(summary["findings"] as? Int == findings.count)
        #expect((summary["categories"] as? [String: Int])?["currency"] == 1)
    }

    @Test func marketComesFromAcceptLanguageWhenAbsent() async throws {
        let server = try await TestServer.open.value
        let reply = try await server.post(
            "/v1/lint", ["text": "Hallo, danke für Ihre Nachricht.", "acceptLanguage": "de-AT, de;q=0.9"])
        #expect(reply.status == 200)
        let market = (reply.json["files"] as? [[String: Any]])?.first?["market"] as? String
        #expect(market == "de-AT")
    }

    @Test func channelAndMessageLanguageAreHonoured() async throws {
        let server = try await TestServer.open.value
        let reply = try await server.post(
            "/v1/lint",
            ["text": "Your parcel costs $5.00.", "market": "en-GB", "channel": "chat", "uiLanguage": "zh-Hans"])
        #expect(reply.status == 200)
        let file = (reply.json["files"] as? [[String: Any]])?.first
        #expect(file?["channel"] as? String == "chat")
        let message = ((file?["findings"] as? [[String: Any]])?.first?["message"] as? String) ?? ""
        #expect(message.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
    }

    @Test(arguments: [
        (#"{"text": "Hi", "market": "xx-ZZ"}"#, "market"),
        (#"{"text": "Hi", "market": "en-GB", "channel": "fax"}"#, "channel"),
        (#"{"text": "Hi", "market": "en-GB", "uiLanguage": "fr"}"#, "uiLanguage"),
        (#"{"market": "en-GB"}"#, "text"),
        (#"{"text": 42, "market": "en-GB"}"#, "text"),
        (#"{"text": "Hi"}"#, "market"),
        (#"{"text": "Hi", "acceptLanguage": "tlh"}"#, "acceptLanguage"),
        (#"{"text": "Hi", "market": 7}"#, "market"),
    ])
    func badInputIsA400NamingTheField(body: String, field: String) async throws {
        let server = try await TestServer.open.value
        let reply = try await server.post("/v1/lint", json: body)
        #expect(reply.status == 400)
        #expect(reply.errorField == field)
        #expect(((reply.json["error"] as? [String: Any])?["message"] as? String)?.isEmpty == false)
    }

    @Test func unreadableBodiesAre400s() async throws {
        let server = try await TestServer.open.value
        let broken = try await server.send("POST", "/v1/lint", body: Data("{\"text\": ".utf8))
        #expect(broken.status == 400 && broken.errorField == "body")
        let array = try await server.send("POST", "/v1/lint", body: Data("[1, 2]".utf8))
        #expect(array.status == 400 && array.errorField == "body")
        let empty = try await server.send("POST", "/v1/lint", body: Data())
        #expect(empty.status == 400 && empty.errorField == "body")
    }

    @Test func marketsListThePickersChoices() async throws {
        let server = try await TestServer.open.value
        let reply = try await server.get("/v1/markets")
        #expect(reply.status == 200)
        let tags = (reply.json["markets"] as? [[String: Any]] ?? []).compactMap { $0["tag"] as? String }
        #expect(tags.contains("en-GB") && tags.contains("ja-JP") && tags.contains("de-DE"))
        #expect(reply.json["channels"] as? [String] == ["email", "chat", "sms", "social"])
        #expect(reply.json["uiLanguages"] as? [String] == ["en", "zh-Hans"])
        #expect(reply.json["defaultChannel"] as? String == "email")
    }
}
