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

    @Test func sizeKeepsASuitsLengthAndTakesGermanSizes() async throws {
        let server = try await TestServer.open.value
        let suit = try await server.get("/v1/size?size=40R&from=US&to=UK&category=suits-men")
        #expect(suit.status == 200)
        #expect((suit.json["to"] as? [[String: Any]])?.first?["size"] as? String == "40R")
        let german = try await server.get("/v1/size?size=38&from=DE&to=IT&category=clothing-women")
        #expect((german.json["to"] as? [[String: Any]])?.first?["size"] as? String == "44")
        let bad = try await server.get("/v1/size?size=40X&from=US&category=suits-men")
        #expect(bad.status == 400)
    }

    @Test func sizeConvertsBetweenSystems() async throws {
        let server = try await TestServer.open.value
        let reply = try await server.get("/v1/size?size=42&from=EU&to=US&category=shoes-men&market=de-DE")
        #expect(reply.status == 200)
        #expect(reply.json["category"] as? String == "shoes-men")
        let charts = reply.json["charts"] as? [[String: Any]] ?? []
        #expect(!charts.isEmpty && "\(charts)".contains("US"))
        #expect((reply.json["sentence"] as? String)?.isEmpty == false)
        for (path, field) in [
            ("/v1/size?size=42&from=EU", "category"), ("/v1/size?size=42&from=EU&category=hats", "category"),
            ("/v1/size?size=42&category=shoes-men", "from"), ("/v1/size?category=shoes-men", "size"),
            ("/v1/size?size=42&from=EU&category=shoes-men&market=xx-ZZ", "market"),
        ] {
            let bad = try await server.get(path)
            #expect(bad.status == 400 && bad.errorField == field, "\(path): \(bad.text)")
        }
    }

    @Test func moneyUsesTheServicesRates() async throws {
        let server = try await TestServer.open.value
        let reply = try await server.post(
            "/v1/money/convert", ["amount": "49.99", "currency": "USD", "to": "EUR", "market": "de-DE"])
        #expect(reply.status == 200)
        #expect(reply.json["amount"] as? String == "46.21" && reply.json["formatted"] as? String == "46,21\u{a0}€")
        let badAmount = try await server.post("/v1/money/convert", ["amount": "lots", "currency": "USD", "to": "EUR"])
        #expect(badAmount.status == 400 && badAmount.errorField == "amount")
        let badCurrency = try await server.post("/v1/money/convert", ["amount": "1", "currency": "XYZ", "to": "EUR"])
        #expect(badCurrency.status == 400 && badCurrency.errorField == "currency")
        let offline = try await TestServer.guarded.value.post(
            "/v1/money/convert", ["amount": "1", "currency": "USD", "to": "EUR"],
            headers: ["Authorization": "Bearer s3cret-token"])
        #expect(offline.status == 503)
    }

    @Test func draftsAreConvertedForTheMarket() async throws {
        let server = try await TestServer.open.value
        let reply = try await server.post(
            "/v1/convert", ["text": "The strap is 10 inches and costs $49.99.", "market": "de-DE"])
        #expect(reply.status == 200)
        let text = reply.json["text"] as? String ?? ""
        #expect(text.contains("46,21") && text.contains("cm"), "\(text)")
        let bad = try await server.post("/v1/convert", ["text": "Hi", "market": "xx-ZZ"])
        #expect(bad.status == 400 && bad.errorField == "market")
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
        let denied = try await server.get(
            "/v1/markets", headers: ["Origin": "https://evil.example", "Authorization": "Bearer s3cret-token"])
        #expect(denied.status == 200 && denied.header("Access-Control-Allow-Origin") == nil)
        #expect(CORSPolicyMiddleware<BasicRequestContext>.matches("https://*.zendesk.com", "https://a.zendesk.com"))
        #expect(
            !CORSPolicyMiddleware<BasicRequestContext>.matches("https://*.zendesk.com", "https://zendesk.com.evil.io"))
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
        _ = (try await TestServer.open.value, try await TestServer.guarded.value)  // their start-up work is done
        let budget = TimeBudget(limit: .milliseconds(50))
        let started = ContinuousClock.now
        do {
            _ = try await budget.run {
                Thread.sleep(forTimeInterval: 5)
                return 1
            }
            Issue.record("the budget did not cut the request short")
        } catch let error as APIError {
            #expect(error.status == .serviceUnavailable)
        }
        #expect(ContinuousClock.now - started < .seconds(4))
        #expect(try await TimeBudget(limit: .seconds(60)).run { 7 } == 7)
    }
}
