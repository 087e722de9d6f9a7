import TactfulLint
import TactfulMarkets
import TactfulTime

/// `POST /v1/lint` and the MCP `lint_draft` tool: a draft and who it is for.
public struct LintRequest: Codable, Sendable {
    /// The draft.
    public var text: String
    /// The customer's market: a tag (de-AT), ICU ID (pt_BR) or region (JP).
    public var market: String?
    /// The customer's `Accept-Language` header, used when `market` is absent.
    public var acceptLanguage: String?
    /// `email` (default), `chat`, `sms` or `social`.
    public var channel: String?
    /// Language of the messages: `en` (default) or `zh-Hans`.
    public var uiLanguage: String?
    /// The support team's IANA time zone (`Asia/Shanghai`); default: the config's `team.timezone`. Clock times
    /// without a zone in a reply to a customer on another clock are then findings.
    public var teamTimeZone: String?

    /// A request for `text`.
    public init(
        text: String, market: String? = nil, acceptLanguage: String? = nil, channel: String? = nil,
        uiLanguage: String? = nil, teamTimeZone: String? = nil
    ) {
        self.text = text
        self.market = market
        self.acceptLanguage = acceptLanguage
        self.channel = channel
        self.uiLanguage = uiLanguage
        self.teamTimeZone = teamTimeZone
    }
}

extension TactfulEngine {
    /// Lints a draft: the report `tactful lint --format json` prints for one file, with the path `request`.
    /// The market is `market`, else negotiated from `acceptLanguage`, else the config's default.
    public func lint(_ request: LintRequest) throws(FieldError) -> LintReport {
        let (linter, channel, uiLanguage) = try prepare(request)
        return LintReport(files: [try Self.run(linter, request.text, channel, uiLanguage)])
    }

    /// Lints a draft and rewrites it with the chosen fixes under the write policy of `tactful lint --fix`
    /// (``FixGuard``): the rewrite is kept only when re-linting finds nothing new and the placeholders are unchanged;
    /// a refused rewrite gives back the original text with the reason.
    public func lintAndRewrite(_ request: LintRequest, mode: FixApplier.Mode) throws(FieldError) -> LintRewrite {
        let (linter, channel, uiLanguage) = try prepare(request)
        let before = try Self.run(linter, request.text, channel, uiLanguage)
        let outcome: FixGuard.Outcome
        do {
            outcome = try FixGuard.rewrite(
                request.text, findings: before.findings, mode: mode, linter: linter, channel: channel,
                uiLanguage: uiLanguage)
        } catch { throw FieldError("text", "\(error)") }
        let after = LintReport.FileResult(
            path: before.path, market: before.market, channel: before.channel, findings: outcome.findings,
            text: outcome.text)
        return LintRewrite(
            report: LintReport(files: [before]), rewritten: outcome.text, applied: outcome.applied,
            after: LintReport(files: [after]), refusal: outcome.refusal)
    }

    private func prepare(_ request: LintRequest) throws(FieldError) -> (Linter, Channel, UILanguage) {
        let channel = try Self.choice(request.channel, field: "channel", default: linters.config.channel ?? .email)
        let uiLanguage = try Self.choice(request.uiLanguage, field: "uiLanguage", default: UILanguage.en)
        let market = try resolveMarket(request.market, acceptLanguage: request.acceptLanguage)
        let linter: Linter
        do {
            linter = try linters.linter(for: market)
        } catch {
            throw FieldError("market", "the rules for \(market.tag) could not be compiled: \(error)")
        }
        guard let zone = request.teamTimeZone else { return (linter, channel, uiLanguage) }
        guard (try? ZoneRules(identifier: zone)) != nil else {
            throw FieldError("teamTimeZone", "unknown time zone '\(zone)' (an IANA name such as Asia/Shanghai)")
        }
        var settings = linter.settings
        settings.teamTimeZone = zone
        return (Linter(ruleSet: linter.ruleSet, settings: settings), channel, uiLanguage)
    }

    /// The market from a tag, else an Accept-Language header, else the config's default market.
    func resolveMarket(_ tag: String?, acceptLanguage: String?) throws(FieldError) -> Market {
        do {
            if let tag { return try linters.market(for: tag) }
            if let acceptLanguage { return try linters.resolver.negotiate(acceptLanguage: acceptLanguage) }
            if let fallback = linters.config.market { return try linters.market(for: fallback) }
        } catch {
            throw FieldError(tag != nil ? "market" : acceptLanguage != nil ? "acceptLanguage" : "market", "\(error)")
        }
        throw FieldError("market", "is required (or acceptLanguage, or a default market in the config)")
    }

    static func choice<T: RawRepresentable & CaseIterable>(_ raw: String?, field: String, default fallback: T)
        throws(FieldError) -> T where T.RawValue == String
    {
        guard let raw else { return fallback }
        guard let value = T(rawValue: raw) else {
            throw FieldError(field, "'\(raw)' is not one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    private static func run(_ linter: Linter, _ text: String, _ channel: Channel, _ uiLanguage: UILanguage)
        throws(FieldError) -> LintReport.FileResult
    {
        do {
            let findings = try linter.lint(text, channel: channel, uiLanguage: uiLanguage)
            return LintReport.FileResult(
                path: "request", market: linter.ruleSet.market.tag, channel: channel, findings: findings, text: text)
        } catch {
            throw FieldError("text", "\(error)")
        }
    }
}
