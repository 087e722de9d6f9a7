import Foundation
import TactfulAPI
import Testing

/// `GET /v1/guide`: the engine's guide as JSON, or rendered as Markdown or HTML; bad input names its field.
@Suite struct GuideEndpointTests {
    static let engine = Result { try TactfulEngine.load(configPath: nil) }

    static func object(_ data: Data) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
    }

    @Test func jsonIsTheEnginesGuide() async throws {
        let server = try await TestServer.open.value
        let reply = try await server.get("/v1/guide?market=de-DE&from=2026-09-20")
        #expect(reply.status == 200 && reply.header("Content-Type")?.hasPrefix("application/json") == true)
        let guide = try Self.engine.get().guide(
            GuideRequest(market: "de-DE", from: "2026-09-20"), today: .init(dayNumber: 0))
        #expect(try Self.object(reply.body) == Self.object(try JSONEncoder().encode(guide)))
        let defaulted = try await server.get("/v1/guide?market=JP")
        #expect(defaulted.json["from"] as? String == "2026-02-25")  // the service's clock: TestServer.fixedNow
    }

    @Test func markdownAndHTMLAreRendered() async throws {
        let server = try await TestServer.open.value
        let guide = try Self.engine.get().guide(
            GuideRequest(market: "zh-CN", uiLanguage: "zh-Hans", from: "2026-09-20"), today: .init(dayNumber: 0))
        for format in [GuideFormat.md, .html] {
            for language in ["uiLanguage", "ui-language"] {
                let reply = try await server.get(
                    "/v1/guide?market=zh-CN&\(language)=zh-Hans&from=2026-09-20&format=\(format.rawValue)")
                #expect(reply.status == 200 && reply.header("Content-Type") == format.mediaType)
                #expect(reply.text == format.render(guide), "\(format) \(language)")
            }
        }
    }

    @Test(arguments: [
        ("/v1/guide", "market"), ("/v1/guide?market=xx-YY", "market"), ("/v1/guide?market=DE&from=2026-1-1", "from"),
        ("/v1/guide?market=DE&format=pdf", "format"), ("/v1/guide?market=DE&uiLanguage=fr", "uiLanguage"),
    ])
    func badInputNamesItsField(_ path: String, _ field: String) async throws {
        let reply = try await TestServer.open.value.get(path)
        #expect(reply.status == 400 && reply.errorField == field, "\(path): \(reply.text)")
    }
}
