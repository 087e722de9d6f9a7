import Foundation
import TactfulLint
import TactfulMarkets

/// `tactful check`: lints every template for its market in template mode, checks placeholder syntax and
/// variables, compares placeholders across the locales of each key, and reports missing translations.
public struct TemplateChecker: Sendable {
    /// The root rules that find template variables in drafts ({{x}}, {x}, %s, %%NAME%%, {$x}): in a template they are
    /// expected, and the scanner judges their syntax instead. Fill-in markers ([EMAIL], ____) are still reported.
    static let draftPlaceholderRules: Set<String> = [
        "root.placeholder.mustache", "root.placeholder.malformed", "root.placeholder.brace-or-printf",
        "root.placeholder.variable",
    ]

    let config: LintConfig
    let templateConfig: TemplateConfig
    let library: PackLibrary
    let defaultMarket: String?
    let uiLanguage: UILanguage

    /// A checker with the run's config (and its `templates:` section), packs, `--market` fallback and message language.
    public init(
        config: LintConfig, templates: TemplateConfig, library: PackLibrary, defaultMarket: String?,
        uiLanguage: UILanguage = .en
    ) {
        self.config = config
        self.templateConfig = templates
        self.library = library
        self.defaultMarket = defaultMarket
        self.uiLanguage = uiLanguage
    }

    /// One template's market, in the documented order: config glob, front matter or path or record locale, `--market`.
    func marketTag(of template: Template) -> String? {
        config.assignment(for: template.path).market ?? template.declaredLocale ?? defaultMarket
    }

    /// The rules that need no language, run on a template whose market is unknown: the root pack's placeholder
    /// and fill-in rules and its privacy rules (card numbers, IBANs), but not `root.privacy.request`, which is
    /// cleared by negations of the text's language.
    static func needsNoMarket(_ rule: RuleInfo) -> Bool {
        [.placeholder, .privacy].contains(rule.category) && rule.id != "root.privacy.request"
    }

    /// Checks the library with `jobs` threads; results are in template order.
    public func check(_ templates: [Template], jobs: Int) throws -> [LintReport.FileResult] {
        let resolver = MarketResolver(packs: library.names)
        var linters: [String: Linter] = [:]
        var markets: [Int: Market] = [:]
        var resolved: [String: Market?] = [:]
        var anyUnknown = false
        for (index, template) in templates.enumerated() {
            let tag = marketTag(of: template)
            if let tag, resolved[tag] == nil { resolved[tag] = .some(try? resolver.resolve(tag)) }
            guard let market = tag.flatMap({ resolved[$0] ?? nil }) else {
                anyUnknown = true
                continue
            }
            markets[index] = market
            if linters[market.tag] == nil { linters[market.tag] = try linter(for: market) }
        }
        let undetermined = anyUnknown ? try linter(for: resolver.undetermined, keeping: Self.needsNoMarket) : nil
        let scanner = PlaceholderScanner(config: templateConfig)
        let (marketOf, linterOf) = (markets, linters)
        let results = ResultBox(count: templates.count)
        DispatchQueue.concurrentPerform(iterations: max(jobs, 1)) { worker in
            for index in stride(from: worker, to: templates.count, by: max(jobs, 1)) {
                let market = marketOf[index]
                let linter = market.flatMap { linterOf[$0.tag] } ?? undetermined
                results.set(index, checkOne(templates[index], market: market, linter: linter, scanner: scanner))
            }
        }
        var checked = results.values
        CrossLocaleCheck(reference: templateConfig.reference, uiLanguage: uiLanguage).apply(
            to: &checked, templates: templates)
        return checked.map(\.result)
    }

    /// One template's findings: its placeholder syntax, then the lint of its market, or only the checks that need
    /// no language (with a `template.market-unknown` finding) when its market is unknown.
    private func checkOne(_ template: Template, market: Market?, linter: Linter?, scanner: PlaceholderScanner)
        -> Checked
    {
        let (variables, problems) = scanner.scan(template.text)
        var findings = problems.map { problem in
            TemplateFinding.make(
                rule: TemplateRules.rule(problem.rule), message: problem.message, span: problem.span, in: template)
        }
        let tag = market?.tag ?? marketTag(of: template)
        if market == nil {
            let message =
                tag.map { "'\($0)' is not a market Tactful knows." }
                ?? "The template's market cannot be determined: map it in .tactful.yml, add market: front matter, put a locale in its path, or pass --market."
            findings.append(
                TemplateFinding.make(rule: TemplateRules.marketUnknown, message: message, span: 0..<0, in: template))
        }
        // Without the market's rules, a suppression of one of them is not unused.
        let channel = config.assignment(for: template.path).channel ?? .email
        if let linter {
            findings += lint(template, with: linter, channel: channel, reportingUnusedSuppressions: market != nil)
        }
        findings.sort { ($0.line, $0.column, $0.rule) < ($1.line, $1.column, $1.rule) }
        let result = LintReport.FileResult(
            path: template.path, market: tag ?? "", channel: channel, findings: findings, text: template.text)
        return Checked(result: result, key: template.key, variables: variables, locale: tag)
    }

    /// A linter for a market's rules that apply to templates (those `keep` accepts among them).
    private func linter(for market: Market, keeping keep: (RuleInfo) -> Bool = { _ in true }) throws -> Linter {
        let settings = config.settings
        let ruleSet = try RuleSet(market: market, library: library) {
            settings.isEnabled($0.id) && !Self.draftPlaceholderRules.contains($0.id) && keep($0)
        }
        return Linter(ruleSet: ruleSet, settings: settings)
    }

    /// The linter's findings on a template sent on `channel`, positioned in its file, with its suppressions that
    /// suppress nothing.
    private func lint(
        _ template: Template, with linter: Linter, channel: Channel, reportingUnusedSuppressions: Bool
    ) -> [Finding] {
        do {
            let outcome = try linter.lintReportingSuppressions(template.text, channel: channel, uiLanguage: uiLanguage)
            let unused = reportingUnusedSuppressions ? outcome.unusedSuppressions : []
            return outcome.findings.map { TemplateFinding.remap($0, in: template) }
                + unused.map {
                    TemplateFinding.make(
                        rule: TemplateRules.unusedSuppression,
                        message: "This suppression comment suppresses nothing; remove it.", span: $0, in: template)
                }
        } catch {
            return [
                TemplateFinding.make(rule: TemplateRules.lintFailed, message: "\(error)", span: 0..<0, in: template)
            ]
        }
    }
}

/// One template's result with what the cross-locale checks need.
struct Checked: Sendable {
    var result: LintReport.FileResult
    let key: String
    /// Variables used, with the span of each one's first use.
    let variables: [String: Range<Int>]
    let locale: String?
}

/// Results written by concurrent workers, each to its own slot.
final class ResultBox: @unchecked Sendable {  // each index is written by exactly one worker; read after all finish
    private var slots: [Checked?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Checked) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Checked] { slots.compactMap { $0 } }
}
