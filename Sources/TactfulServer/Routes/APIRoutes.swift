import Foundation
import Hummingbird
import Logging
import TactfulAPI
import TactfulConvert
import TactfulLint
import TactfulTime

/// The versioned JSON API: `/v1/lint`, `/v1/markets`, `/v1/holidays`, `/v1/sla/due`, and the converters
/// `/v1/size`, `/v1/money/convert`, `/v1/convert`. Every computation runs within the time budget; every bad input is a 4xx naming its field.
struct APIRoutes: Sendable {
    let engine: TactfulEngine
    let settings: ServeSettings
    let metrics: ServerMetrics
    let now: @Sendable () -> Date
    let rates: RatesSource

    private var budget: TimeBudget { TimeBudget(limit: .milliseconds(settings.timeBudgetMilliseconds)) }

    func add(to router: Router<BasicRequestContext>) {
        router.on(RouteTable.lint) { request, context in try await lint(request, context) }
        router.on(RouteTable.markets) { _, _ in JSONBody.response(engine.marketList()) }
        router.on(RouteTable.holidays) { request, _ in try await holidays(request) }
        router.on(RouteTable.guide) { request, _ in try await guide(request) }
        router.on(RouteTable.slaDue) { request, _ in
            let query = try await decode(SLADueRequest.self, request)
            let clock = now()
            return JSONBody.response(try await budget.run { [engine] in try engine.slaDue(query, now: clock) })
        }
        router.on(RouteTable.size) { request, _ in
            let query = request.uri.queryParameters
            guard let category = query.get("category") else {
                throw FieldError("category", "is required (e.g. shoes-men)")
            }
            let sizeRequest = SizeRequest(
                size: query.get("size"), from: query.get("from"), to: query.get("to"), category: category,
                measure: query.get("measure"), market: query.get("market"))
            return JSONBody.response(try await budget.run { [engine] in try engine.size(sizeRequest) })
        }
        router.on(RouteTable.money) { request, _ in
            let money = try await decode(MoneyRequest.self, request)
            let provided = try await exchangeRates()
            return JSONBody.response(try await budget.run { [engine] in try engine.money(money, rates: provided) })
        }
        router.on(RouteTable.convert) { request, _ in
            let draft = try await decode(DraftConvertRequest.self, request)
            let provided = try engine.needsRates(draft) ? try? await exchangeRates() : nil
            return JSONBody.response(
                try await budget.run { [engine] in try engine.convertDraft(draft, rates: provided) })
        }
    }

    /// The rates, or a 503 saying why there are none.
    private func exchangeRates() async throws -> ProvidedRates {
        do { return try await rates() } catch {
            throw APIError(.serviceUnavailable, "no exchange rates available: \(error)")
        }
    }

    private func lint(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let draft = try await decode(LintRequest.self, request)
        let report = try await budget.run { [engine] in try engine.lint(draft) }
        if let file = report.files.first {
            metrics.linted(market: file.market, categories: report.summary.categories)
            var metadata: Logger.Metadata = [
                "market": .string(file.market), "channel": .string(file.channel.rawValue),
                "findings": .stringConvertible(report.summary.findings),
                "text_utf16": .stringConvertible(draft.text.utf16.count),
            ]
            if settings.logDrafts { metadata["text"] = .string(draft.text) }
            context.logger.info("lint", metadata: metadata)
        }
        return JSONBody.response(report)
    }

    private func holidays(_ request: Request) async throws -> Response {
        let query = request.uri.queryParameters
        guard let market = query.get("market") else { throw FieldError("market", "is required (e.g. ?market=DE)") }
        let year = try query.get("year").map { text throws(FieldError) in
            guard let year = Int(text) else { throw FieldError("year", "'\(text)' is not a whole number") }
            return year
        }
        let holidaysRequest = HolidaysRequest(
            market: market, year: year, from: query.get("from"), to: query.get("to"),
            uiLanguage: query.get("uiLanguage"))
        let today = ZoneRules.utc.localDate(at: now().timeIntervalSince1970)
        return JSONBody.response(
            try await budget.run { [engine] in try engine.holidays(holidaysRequest, today: today) })
    }

    /// The guide as JSON, or rendered when `format` asks for md or html; `ui-language` is read as `uiLanguage`.
    private func guide(_ request: Request) async throws -> Response {
        let query = request.uri.queryParameters
        guard let market = query.get("market") else { throw FieldError("market", "is required (e.g. ?market=de-DE)") }
        let guideRequest = GuideRequest(
            market: market, uiLanguage: query.get("uiLanguage") ?? query.get("ui-language"), from: query.get("from"),
            format: query.get("format"))
        let today = ZoneRules.utc.localDate(at: now().timeIntervalSince1970)
        let guide = try await budget.run { [engine] in try engine.guide(guideRequest, today: today) }
        guard let format = try GuideFormat.named(guideRequest.format), format != .json else {
            return JSONBody.response(guide)
        }
        return Response(
            status: .ok, headers: [.contentType: format.mediaType],
            body: .init(byteBuffer: ByteBuffer(string: format.render(guide))))
    }

    /// The body, read up to the cap, decoded as `T`.
    private func decode<T: Decodable>(_ type: T.Type, _ request: Request) async throws -> T {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > settings.maxBodyBytes {
            throw APIError.tooLarge
        }
        let buffer = try await request.body.collect(upTo: settings.maxBodyBytes)
        return try RequestDecoding.decode(T.self, from: Data(buffer.readableBytesView))
    }
}
