import Foundation
import MCP
import TactfulAPI
import TactfulConvert
import TactfulLint
import TactfulTime

/// `tactful mcp`: the Tactful engine as Model Context Protocol tools over standard input and output, so that an
/// AI drafting assistant checks its draft (and gets rewrites and due times) before a human sees it. The tools'
/// arguments are the HTTP API's request bodies; their results are the same JSON.
public struct TactfulMCPServer: Sendable {
    /// The engine the tools use.
    public let engine: TactfulEngine
    /// The clock (SLA `now`, the default holiday year).
    public let now: @Sendable () -> Date
    /// The version reported to clients.
    public let version: String
    /// Where money conversions get their exchange rates.
    public let rates: RatesSource

    /// What an MCP user can do when there are no exchange rates (the rates source's error ends with it).
    public static let ratesAdvice = """
        give the server a rates file: add "--rates", "FILE" to the args of tactful mcp in the MCP client's config, \
        or set serve: rates: FILE in .tactful.yml (ECB XML, or CSV/JSON of currency,rate per euro)
        """

    /// A server over `engine`.
    public init(
        engine: TactfulEngine, version: String, now: @escaping @Sendable () -> Date, rates: @escaping RatesSource
    ) {
        self.engine = engine
        self.version = version
        self.now = now
        self.rates = rates
    }

    /// Serves on `transport` (standard input and output by default) until the client closes it, then answers what is
    /// still pending and returns.
    public func run(transport: (any Transport)? = nil) async throws {
        let server = Server(
            name: "tactful", version: version,
            instructions: "Call lint_draft on every customer reply draft before showing it to a person.",
            capabilities: .init(tools: .init(listChanged: false)))
        await server.withMethodHandler(ListTools.self) { _ in .init(tools: MCPToolCatalog.all) }
        await server.withMethodHandler(ToolCall.self) { [self] parameters in
            let (tool, arguments) = try ToolCall.parse(parameters)
            return await self.call(tool.name, arguments)
        }
        try await server.start(transport: transport ?? MCPStdioTransport())
        await server.waitUntilCompleted()
        await server.stop()
    }

    /// Runs one tool of ``MCPToolCatalog``; bad arguments become a tool error naming the argument.
    func call(_ name: String, _ arguments: [String: Value]) async -> CallTool.Result {
        do {
            let data = try JSONEncoder().encode(arguments)
            switch name {
            case MCPToolCatalog.lintDraft.name:
                return try result(lint(try RequestDecoding.decode(LintArguments.self, from: data)))
            case MCPToolCatalog.slaDue.name:
                return try result(engine.slaDue(try RequestDecoding.decode(SLADueRequest.self, from: data), now: now()))
            case MCPToolCatalog.listMarkets.name:
                return try result(engine.marketList())
            case MCPToolCatalog.holidays.name:
                let request = try RequestDecoding.decode(HolidaysRequest.self, from: data)
                return try result(
                    engine.holidays(request, today: ZoneRules.utc.localDate(at: now().timeIntervalSince1970)))
            case MCPToolCatalog.guide.name:
                let request = try RequestDecoding.decode(GuideRequest.self, from: data)
                let guide = try engine.guide(request, today: ZoneRules.utc.localDate(at: now().timeIntervalSince1970))
                let format = try GuideFormat.named(request.format) ?? .json
                return try result(guide, text: format == .json ? nil : format.render(guide))
            case MCPToolCatalog.convertSize.name:
                return try result(engine.size(try RequestDecoding.decode(SizeRequest.self, from: data)))
            case MCPToolCatalog.convertUnits.name:
                return try result(engine.units(try RequestDecoding.decode(UnitsRequest.self, from: data)))
            case MCPToolCatalog.convertMoney.name:
                let request = try RequestDecoding.decode(MoneyRequest.self, from: data)
                let provided: ProvidedRates
                do { provided = try await rates() } catch { return .init(content: [text("\(error)")], isError: true) }
                return try result(engine.money(request, rates: provided))
            case MCPToolCatalog.convertDraft.name:
                let request = try RequestDecoding.decode(DraftConvertRequest.self, from: data)
                let provided = try engine.needsRates(request) ? try? await rates() : nil
                return try result(engine.convertDraft(request, rates: provided))
            default:  // ToolCall.parse answers unknown tools with -32602
                return .init(content: [text("unknown tool '\(name)'")], isError: true)
            }
        } catch let error as FieldError {
            return .init(content: [text("\(error)")], isError: true)
        } catch {
            return .init(content: [text("the tool failed: \(error)")], isError: true)
        }
    }

    /// The lint tool's arguments: a lint request and the rewrite mode.
    struct LintArguments: Codable {
        var text: String
        var market, acceptLanguage, channel, uiLanguage, teamTimeZone, rewrite: String?
    }

    /// The lint tool's answer: the report, and with a rewrite the rewritten draft and what remains; a refused
    /// rewrite gives back the draft as it was, with the reason in `rewriteRefused`.
    struct LintAnswer: Encodable {
        let report: LintReport
        let rewritten: String?
        let applied: Int?
        let remaining: LintReport?
        var rewriteRefused: String? = nil
    }

    private func lint(_ arguments: LintArguments) throws(FieldError) -> LintAnswer {
        let request = LintRequest(
            text: arguments.text, market: arguments.market, acceptLanguage: arguments.acceptLanguage,
            channel: arguments.channel, uiLanguage: arguments.uiLanguage, teamTimeZone: arguments.teamTimeZone)
        let mode: FixApplier.Mode
        switch arguments.rewrite ?? "none" {
        case "none": return LintAnswer(report: try engine.lint(request), rewritten: nil, applied: nil, remaining: nil)
        case "safe": mode = .safe
        case "unsafe": mode = .unsafe
        case let other: throw FieldError("rewrite", "'\(other)' is not one of: none, safe, unsafe")
        }
        let outcome = try engine.lintAndRewrite(request, mode: mode)
        return LintAnswer(
            report: outcome.report, rewritten: outcome.rewritten, applied: outcome.applied, remaining: outcome.after,
            rewriteRefused: outcome.refusal.map { "fixes not applied: \($0)" })
    }

    /// A result carrying the JSON as structured content, and as text (for any client) unless `text` is given.
    private func result(_ value: some Encodable, text rendered: String? = nil) throws -> CallTool.Result {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        let structured: Value? = try JSONDecoder().decode(Value.self, from: data)
        return CallTool.Result(
            content: [text(rendered ?? String(decoding: data, as: UTF8.self))], structuredContent: structured,
            isError: false)
    }

    private func text(_ text: String) -> Tool.Content { .text(text: text, annotations: nil, _meta: nil) }
}
