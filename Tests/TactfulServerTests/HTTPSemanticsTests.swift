import Foundation
import Hummingbird
import Testing

@testable import TactfulServer

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// HTTP semantics (RFC 9110) as clients and proxies expect them: HEAD wherever GET, 405 with Allow, the bearer
/// scheme in any case, and the JSON error shape even for a request the parser cannot read.
@Suite struct HTTPSemanticsTests {
    @Test func headAnswersWhereverGetDoesWithTheSameHeadersAndNoBody() async throws {
        let server = try await TestServer.open.value
        for path in ["/healthz", "/", "/metrics", "/v1/markets", "/openapi.json", "/v1/holidays?market=DE&year=2026"] {
            let get = try await server.get(path)
            let head = try await server.send("HEAD", path)
            #expect(head.status == 200 && get.status == 200, "\(path): HEAD \(head.status), GET \(get.status)")
            #expect(head.body.isEmpty, "\(path): HEAD has a body")
            #expect(head.header("Content-Type") == get.header("Content-Type"), "\(path)")
            guard path != "/metrics" else { continue }  // its counters move between the two requests
            #expect(head.header("Content-Length") == String(get.body.count), "\(path): \(head.headers)")
        }
    }

    @Test func aKnownPathWithAnotherMethodIs405WithAllow() async throws {
        let server = try await TestServer.open.value
        for (method, path, allow) in [
            ("GET", "/v1/lint", "POST"), ("PUT", "/v1/sla/due", "POST"), ("POST", "/healthz", "GET, HEAD"),
            ("DELETE", "/v1/markets", "GET, HEAD"), ("PATCH", "/openapi.json", "GET, HEAD"),
        ] {
            let reply = try await server.send(method, path)
            #expect(reply.status == 405, "\(method) \(path): \(reply.status)")
            #expect(reply.header("Allow") == allow, "\(method) \(path): \(reply.headers)")
            #expect((reply.json["error"] as? [String: Any])?["status"] as? Int == 405, "\(reply.text)")
        }
        let unknown = try await server.send("DELETE", "/v2/lint")
        #expect(unknown.status == 404 && (unknown.json["error"] as? [String: Any])?["status"] as? Int == 404)
        #expect(try await server.get("/v1/markets/").status == 200, "a trailing slash is the same path")
    }

    @Test func theBearerSchemeIsCaseInsensitive() async throws {
        let server = try await TestServer.guarded.value
        for header in ["bearer s3cret-token", "BEARER s3cret-token", "Bearer   s3cret-token"] {
            let reply = try await server.get("/v1/markets", headers: ["Authorization": header])
            #expect(reply.status == 200, "\(header): \(reply.status)")
        }
        for header in ["Basic s3cret-token", "bearer", "Bearers3cret-token", "bearer wrong"] {
            let reply = try await server.get("/v1/markets", headers: ["Authorization": header])
            #expect(reply.status == 401, "\(header): \(reply.status)")
        }
        #expect(BearerAuthMiddleware<BasicRequestContext>.bearerToken("bEaReR abc") == "abc")
    }

    @Test func extraSlashesDoNotGetPastTheToken() async throws {
        let server = try await TestServer.guarded.value
        for path in ["//v1/markets", "/v1//markets", "/v1/markets/"] {
            #expect(try await server.get(path).status == 401, "\(path) skipped the token check")
        }
    }

    @Test func anUnknownMethodGetsTheJSONErrorShape() async throws {
        let server = try await TestServer.open.value
        let reply = try await server.send("FOOBAR", "/")
        #expect(reply.status == 400)
        #expect(reply.header("Content-Type")?.hasPrefix("application/json") == true, "\(reply.headers)")
        let error = reply.json["error"] as? [String: Any] ?? [:]
        #expect(
            error["status"] as? Int == 400 && (error["message"] as? String)?.contains("HTTP") == true, "\(reply.text)")
        #expect(try await server.get("/healthz").status == 200, "the service goes on")
    }
}
