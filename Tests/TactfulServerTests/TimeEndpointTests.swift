import Foundation
import Testing

/// `GET /v1/holidays` and `POST /v1/sla/due`.
@Suite struct TimeEndpointTests {
    static let weekdays = ["mon", "tue", "wed", "thu", "fri"].map { "\"\($0)\": [\"09:00-18:00\"]" }
    static let shanghai = #"{"timezone": "Asia/Shanghai", "hours": {"# + weekdays.joined(separator: ", ") + "}}"

    @Test func holidaysOfAYear() async throws {
        let server = try await TestServer.open.value
        let reply = try await server.get("/v1/holidays?market=DE&year=2026&uiLanguage=en")
        #expect(reply.status == 200)
        #expect(reply.json["market"] as? String == "DE" && reply.json["year"] as? Int == 2026)
        let days = (reply.json["holidays"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
        #expect(days.contains("2026-10-03") && days.contains("2026-12-25"))
        let defaulted = try await server.get("/v1/holidays?market=de-DE")
        #expect(defaulted.json["year"] as? Int == 2026)  // the service's clock: TestServer.fixedNow
    }

    @Test func holidaysOfARangeWithMakeUpWorkdays() async throws {
        let server = try await TestServer.open.value
        let reply = try await server.get("/v1/holidays?market=CN&from=2026-09-15&to=2026-10-15")
        #expect(reply.status == 200)
        #expect(reply.json["from"] as? String == "2026-09-15" && reply.json["year"] == nil)
        #expect(((reply.json["holidays"] as? [[String: Any]]) ?? []).contains { $0["date"] as? String == "2026-10-01" })
    }

    @Test(arguments: [
        ("/v1/holidays", "market"), ("/v1/holidays?market=XX", "market"), ("/v1/holidays?market=DE&year=abc", "year"),
        ("/v1/holidays?market=DE&year=3000", "year"), ("/v1/holidays?market=DE&from=2026-01-01", "to"),
        ("/v1/holidays?market=DE&from=2026-02-30&to=2026-03-01", "from"),
        ("/v1/holidays?market=DE&from=2026-03-01&to=2026-01-01", "to"),
        ("/v1/holidays?market=DE&from=2000-01-01&to=2030-01-01", "to"),
    ])
    func badHolidayQueriesAre400s(path: String, field: String) async throws {
        let reply = try await TestServer.open.value.get(path)
        #expect(reply.status == 400)
        #expect(reply.errorField == field)
    }

    @Test func dueOnAScheduleGivenAsJSON() async throws {
        let server = try await TestServer.open.value
        let reply = try await server.post(
            "/v1/sla/due",
            json: #"{"schedule": "# + Self.shanghai + #", "from": "2026-03-06T16:00:00+08:00", "target": "8h"}"#)
        #expect(reply.status == 200)
        #expect(reply.json["due"] as? String == "2026-03-09T15:00:00+08:00")
        #expect(reply.json["clock"] as? String == "business")
    }

    @Test func dueByPolicyOnAYAMLScheduleWithTheCustomersSentence() async throws {
        let server = try await TestServer.open.value
        let yaml = "timezone: Europe/Berlin\nhours: {wed: [\"09:00-18:00\"], thu: [\"09:00-18:00\"]}\nholidays: DE\n"
        let reply = try await server.post(
            "/v1/sla/due",
            [
                "schedule": yaml, "from": "2026-03-04T17:30:00+01:00", "policy": "email", "market": "de-DE",
                "now": "2026-03-04T17:30:00+01:00",
            ])
        #expect(reply.status == 200)
        #expect((reply.json["policy"] as? [String: Any])?["channel"] as? String == "email")
        let view = (reply.json["customer"] as? [String: Any])?["view"] as? [String: Any]
        #expect((view?["sentence"] as? String)?.hasPrefix("Sie hören bis") == true)
    }

    @Test(arguments: [
        (#"{"from": "2026-03-06T16:00:00Z", "target": "8h"}"#, "schedule"),
        (
            #"{"schedule": "timezone: Mars/Base\\nhours: {mon: [\"09:00-18:00\"]}", "from": "2026-03-06T16:00:00Z", "target": "8h"}"#,
            "schedule"
        ),
        (#"{"schedule": 7, "from": "2026-03-06T16:00:00Z", "target": "8h"}"#, "schedule"),
        (
            #"{"schedule": {"timezone": "UTC", "hours": {"mon": ["09:00-18:00"]}}, "from": "yesterday", "target": "8h"}"#,
            "from"
        ),
        (
            #"{"schedule": {"timezone": "UTC", "hours": {"mon": ["09:00-18:00"]}}, "from": "2026-03-06T16:00:00Z", "target": "soon"}"#,
            "target"
        ),
        (
            #"{"schedule": {"timezone": "UTC", "hours": {"mon": ["09:00-18:00"]}}, "from": "2026-03-06T16:00:00Z"}"#,
            "target"
        ),
        (
            #"{"schedule": {"timezone": "UTC", "hours": {"mon": ["09:00-18:00"]}}, "from": "2026-03-06T16:00:00Z", "policy": "fax"}"#,
            "policy"
        ),
        (
            #"{"schedule": {"timezone": "UTC", "hours": {"mon": ["09:00-18:00"]}}, "from": "2026-03-06T16:00:00Z", "policy": "email", "metric": "soon"}"#,
            "metric"
        ),
        (
            #"{"schedule": {"timezone": "UTC", "hours": {"mon": ["09:00-18:00"]}}, "from": "2026-03-06T16:00:00Z", "target": "8h", "metric": "AAA"}"#,
            "metric"
        ),
        (
            #"{"schedule": {"timezone": "UTC", "hours": {"mon": ["09:00-18:00"]}}, "from": "2026-03-06T16:00:00Z", "target": "1h", "market": "en-US"}"#,
            "customerTz"
        ),
        (
            #"{"schedule": {"timezone": "UTC", "hours": {"mon": ["09:00-18:00"]}}, "from": "2026-03-06T16:00:00Z", "target": "1h", "customerTz": "Moon/Base"}"#,
            "customerTz"
        ),
        (
            #"{"schedule": {"timezone": "UTC", "hours": {"mon": ["09:00-18:00"]}}, "from": "2026-03-06T16:00:00Z", "target": "1h", "calendar": "yes"}"#,
            "calendar"
        ),
    ])
    func badDueRequestsAre400sNamingTheField(body: String, field: String) async throws {
        let reply = try await TestServer.open.value.post("/v1/sla/due", json: body)
        #expect(reply.status == 400)
        #expect(reply.errorField == field)
    }
}
