import Foundation
import Hummingbird
import Testing

@testable import TactfulServer

/// The page, health, metrics, converters, and the guards: auth, CORS, body cap, time budget.
@Suite struct ServiceTests {
    @Test func healthAndUnknownPaths() async throws {
        let server = try await TestServer.open.value
        let health = try await server.get("/healthz")
        #expect(health.status == 200 && health.json["status"] as? String == "ok")
        let missing = try await server.get("/v2/lint")
        #expect(missing.status == 404)
        #expect((missing.json["error"] as? [String: Any])?["status"] as? Int == 404)
    }

    @Test func playgroundPageIsSelfContained() async throws {
        let reply = try await TestServer.open.value.get("/")
        #expect(reply.status == 200 && reply.header("Content-Type")?.hasPrefix("text/html") == true)
        for part in ["<textarea id=\"draft\"", "<select id=\"market\"", "/v1/lint", "/v1/markets", "<mark class="] {
            #expect(reply.text.contains(part), "page lacks \(part)")
        }
        #expect(!reply.text.contains("src=\"http") && !reply.text.contains("href=\"http"))
    }

    @Test func convertersSayTheyAreNotInThisBuild() async throws {
        let server = try await TestServer.open.value
        for reply in [
            try await server.post("/v1/convert", ["text": "42 EU", "market": "en-US"]),
            try await server.get("/v1/size?size=42&from=EU&to=US&category=shoes-men"),
            try await server.post("/v1/money/convert", ["amount": "49.99", "currency": "USD", "to": "EUR"]),
        ] {
            #expect(reply.status == 501)
            let message = (reply.json["error"] as? [String: Any])?["message"] as? String ?? ""
            #expect(message.contains("not in this build"))
        }
    }

    @Test func metricsCountRequestsLatenciesAndFindings() async throws {
        let server = try await TestServer.open.value
        _ = try await server.post("/v1/lint", ["text": "It costs $5.00.", "market": "en-GB"])
        let reply = try await server.get("/metrics")
        #expect(reply.status == 200 && reply.header("Content-Type")?.hasPrefix("text/plain; version=0.0.4") == true)
        #expect(reply.text.contains(#"tactful_http_requests_total{route="/v1/lint",method="POST",status="200"}"#))
        #expect(reply.text.contains(#"tactful_http_request_duration_seconds_bucket{route="/v1/lint",le="+Inf"}"#))
        #expect(reply.text.contains(#"tactful_lint_findings_total{category="currency"}"#))
        #expect(reply.text.contains(#"tactful_lint_requests_total{market="en-GB"}"#))
    }

    @Test func bearerTokenGuardsTheAPIOnly() async throws {
        let server = try await TestServer.guarded.value
        let body = ["text": "Hello", "market": "en-GB"]
        let without = try await server.post("/v1/lint", body)
        #expect(without.status == 401 && without.errorField == "Authorization")
        #expect(without.header("WWW-Authenticate")?.hasPrefix("Bearer") == true)
        let wrong = try await server.post("/v1/lint", body, headers: ["Authorization": "Bearer s3cret-tokeN"])
        #expect(wrong.status == 401)
        let right = try await server.post("/v1/lint", body, headers: ["Authorization": "Bearer s3cret-token"])
        #expect(right.status == 200)
        #expect(try await server.get("/healthz").status == 200)
        #expect(try await server.get("/").status == 200)
    }

    @Test func corsAllowsConfiguredHelpdeskOrigins() async throws {
        let server = try await TestServer.guarded.value
        let preflight = try await server.send(
            "OPTIONS", "/v1/lint",
            headers: ["Origin": "https://acme.zendesk.com", "Access-Control-Request-Method": "POST"])
        #expect(preflight.status == 204)
        #expect(preflight.header("Access-Control-Allow-Origin") == "https://acme.zendesk.com")
        #expect(preflight.header("Access-Control-Allow-Headers")?.contains("Authorization") == true)
        let denied = try await server.get("/v1/markets", headers: ["Origin": "https://evil.example", "Authorization": "Bearer s3cret-token"])
        #expect(denied.status == 200 && denied.header("Access-Control-Allow-Origin") == nil)
        #expect(CORSPolicyMiddleware<BasicRequestContext>.matches("https://*.zendesk.com", "https://a.zendesk.com"))
        #expect(!CORSPolicyMiddleware<BasicRequestContext>.matches("https://*.zendesk.com", "https://zendesk.com.evil.io"))
        #expect(!CORSPolicyMiddleware<BasicRequestContext>.matches("https://*.zendesk.com", "http://a.zendesk.com"))
    }

    @Test func bodiesAboveTheCapAre413() async throws {
        let server = try await TestServer.guarded.value
        let big = String(repeating: "Thank you for your patience. ", count: 200)
        let reply = try await server.post(
            "/v1/lint", ["text": big, "market": "en-GB"], headers: ["Authorization": "Bearer s3cret-token"])
        #expect(reply.status == 413 && reply.errorField == "body", "\(reply.status) \(reply.text)")
    }

    @Test func timeBudgetAnswers503WhenWorkRunsLong() async throws {
        let budget = TimeBudget(limit: .milliseconds(20))
        await #expect(throws: APIError.self) {
            try await budget.run { Thread.sleep(forTimeInterval: 0.3); return 1 }
        }
        #expect(try await budget.run { 7 } == 7)
        do {
            _ = try await budget.run { Thread.sleep(forTimeInterval: 0.3); return 1 }
        } catch let error as APIError {
            #expect(error.status == .serviceUnavailable)
        }
    }
}
