import Hummingbird
import TactfulAPI

/// Every endpoint of `tactful serve`, with its schemas (TactfulAPI's, as the MCP tools publish them) and an example
/// request that succeeds. A path or method not listed here is never served (``MethodPolicyMiddleware``).
enum RouteTable {
    static let lint = Endpoint(
        method: .post, path: "/v1/lint", operation: "lint",
        summary: "Lint a reply draft for the customer's market: the tactful lint --format json report.",
        body: .init(name: "LintRequest", schema: RequestSchemas.lint),
        example: ["text": "Dear customer, we can't refund you. The return label costs $5.00.", "market": "en-GB"],
        answer: .json(.init(name: "LintReport", schema: ResponseSchemas.lintReport)),
        errors: [.badRequest, .unauthorized, .contentTooLarge, .serviceUnavailable])

    static let markets = Endpoint(
        method: .get, path: "/v1/markets", operation: "markets",
        summary: "The markets with packs, the channels and message languages, and the config's defaults.",
        answer: .json(.init(name: "MarketsResponse", schema: ResponseSchemas.markets)), errors: [.unauthorized])

    static let holidays = Endpoint(
        method: .get, path: "/v1/holidays", operation: "holidays",
        summary: "A market's public holidays (and make-up workdays) for a year or a range of at most 3,660 days.",
        query: RequestSchemas.holidays, example: ["market": "DE", "year": 2026],
        answer: .json(.init(name: "HolidayReport", schema: ResponseSchemas.holidays)),
        errors: [.badRequest, .unauthorized, .serviceUnavailable])

    static let guide = Endpoint(
        method: .get, path: "/v1/guide", operation: "guide",
        summary:
            "A market's culture guide from Tactful's data (register, taboos, 60 days of holidays, conventions, law, vocabulary), each line with its source; format=md or html for text.",
        query: RequestSchemas.guide, example: ["market": "de-DE", "from": "2026-09-20"],
        answer: .jsonOrText(
            .init(name: "MarketGuide", schema: ResponseSchemas.guide),
            alternatives: [GuideFormat.md.mediaType, GuideFormat.html.mediaType]),
        errors: [.badRequest, .unauthorized, .serviceUnavailable])

    static let slaDue = Endpoint(
        method: .post, path: "/v1/sla/due", operation: "slaDue",
        summary: "When a reply is due on the team's schedule, with the sentence to tell the customer.",
        body: .init(name: "SLADueRequest", schema: RequestSchemas.slaDue),
        example: [
            "schedule": ["timezone": "Asia/Shanghai", "hours": ["mon": ["09:00-18:00"], "fri": ["09:00-18:00"]]],
            "from": "2026-03-06T16:00:00+08:00", "target": "4h", "market": "de-DE",
        ],
        answer: .json(.init(name: "SLADueReport", schema: ResponseSchemas.slaDue)),
        errors: [.badRequest, .unauthorized, .contentTooLarge, .serviceUnavailable])

    static let size = Endpoint(
        method: .get, path: "/v1/size", operation: "size",
        summary: "Convert a clothing, shoe or ring size between systems, or recommend sizes from a measurement.",
        query: RequestSchemas.size,
        example: ["size": "42", "from": "EU", "to": "US", "category": "shoes-men", "market": "de-DE"],
        answer: .json(.init(name: "SizeAnswer", schema: ResponseSchemas.size)),
        errors: [.badRequest, .unauthorized, .serviceUnavailable])

    static let money = Endpoint(
        method: .post, path: "/v1/money/convert", operation: "convertMoney",
        summary: "Convert an amount with the ECB's euro reference rates and write it the market's way (503: no rates).",
        body: .init(name: "MoneyRequest", schema: RequestSchemas.money),
        example: ["amount": "49.99", "currency": "USD", "to": "EUR", "market": "de-DE"],
        answer: .json(.init(name: "MoneyConversion", schema: ResponseSchemas.money)),
        errors: [.badRequest, .unauthorized, .contentTooLarge, .serviceUnavailable])

    static let convert = Endpoint(
        method: .post, path: "/v1/convert", operation: "convertDraft",
        summary: "Rewrite a draft's prices, measurements, dates and times for the customer's market.",
        body: .init(name: "DraftConvertRequest", schema: RequestSchemas.draftConvert),
        example: ["text": "The strap is 10 inches and costs $49.99.", "market": "de-DE"],
        answer: .json(.init(name: "DraftResult", schema: ResponseSchemas.draft)),
        errors: [.badRequest, .unauthorized, .contentTooLarge, .serviceUnavailable])

    static let playground = Endpoint(
        method: .get, path: "/", operation: "playground", summary: "The playground page.",
        answer: .text(mediaType: "text/html; charset=utf-8"))

    static let health = Endpoint(
        method: .get, path: "/healthz", operation: "health", summary: "Liveness: {\"status\": \"ok\"}.",
        answer: .json(
            .init(
                name: "Health",
                schema: JSONSchema.object(required: ["status": JSONSchema.choice(["ok"])], closed: true))))

    static let metrics = Endpoint(
        method: .get, path: "/metrics", operation: "metrics",
        summary: "Counters and latencies in the Prometheus text exposition format (0.0.4).",
        answer: .text(mediaType: "text/plain; version=0.0.4; charset=utf-8"))

    static let openAPI = Endpoint(
        method: .get, path: "/openapi.json", operation: "openAPI",
        summary: "This document: the OpenAPI 3.1 description of every endpoint (docs/openapi.json in the repository).",
        answer: .json(.init(name: "OpenAPIDocument", schema: ["type": "object"])))

    /// Every endpoint, in the order the document lists them.
    static let all = [
        lint, markets, holidays, guide, slaDue, size, money, convert, playground, health, metrics, openAPI,
    ]

    /// The methods each path takes: its endpoints', and HEAD wherever GET (RFC 9110 §9.1).
    static let methods: [String: [HTTPRequest.Method]] = Dictionary(grouping: all, by: \.path).mapValues { endpoints in
        let methods = endpoints.map(\.method)
        return methods.contains(.get) ? methods + [.head] : methods
    }
}
