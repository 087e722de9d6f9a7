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
    let library: PackLibrary
    let defaultMarket: String?
    let uiLanguage: UILanguage

    /// A checker with the run's config, packs, `--market` fallback and message language.
    public init(config: LintConfig, library: PackLibrary, defaultMarket: String?, uiLanguage: UILanguage = .en) {
        self.config = config
        self.library = library
        self.defaultMarket = defaultMarket
        self.uiLanguage = uiLanguage
    }

    /// One template's market, in the documented order: config glob, front matter or path or record locale, `--market`.
    func marketTag(of template: Template) -> String? {
        config.assignment(for: template.path).market ?? template.declaredLocale ?? defaultMarket
    }

    /// Checks the library with `jobs` threads; results are in template order.
    public func check(_ templates: [Template], jobs: Int) throws -> [LintReport.FileResult] {
        let resolver = MarketResolver(packs: library.names)
        var linters: [String: Linter] = [:]
        var markets: [Int: Market] = [:]
        var resolved: [String: Market?] = [:]
        for (index, template) in templates.enumerated() {
            guard let tag = marketTag(of: template) else { continue }
            if resolved[tag] == nil { resolved[tag] = .some(try? resolver.resolve(tag)) }
            guard let market = resolved[tag] ?? nil else { continue }
            markets[index] = market
            if linters[market.tag] == nil {
                let settings = config.settings
                let ruleSet = try RuleSet(market: market, library: library) {
                    settings.isEnabled($0.id) && !Self.draftPlaceholderRules.contains($0.id)
                }
                linters[market.tag] = Linter(ruleSet: ruleSet, settings: settings)
            }
        }
        let scanner = PlaceholderScanner(config: config.templates)
        let (marketOf, linterOf) = (markets, linters)
        let results = ResultBox(count: templates.count)
        DispatchQueue.concurrentPerform(iterations: max(jobs, 1)) { worker in
            for index in stride(from: worker, to: templates.count, by: max(jobs, 1)) {
                results.set(index, checkOne(templates[index], market: marketOf[index], linters: linterOf, scanner: scanner))
            }
        }
        var checked = results.values
        CrossLocaleCheck(reference: config.templates.reference, uiLanguage: uiLanguage).apply(to: &checked, templates: templates)
        return checked.map(\.result)
    }

    private func checkOne(_ template: Template, market: Market?, linters: [String: Linter], scanner: PlaceholderScanner) -> Checked {
        let (variables, problems) = scanner.scan(template.text)
        var findings = problems.map { problem in
            TemplateFinding.make(rule: problem.rule, severity: .error, message: problem.message, span: problem.span, in: template)
        }
        guard let market, let linter = linters[market.tag] else {
            let tag = marketTag(of: template)
            let message = tag.map { "'\($0)' is not a market Tactful knows." }
                ?? "The template's market cannot be determined: map it in .tactful.yml, add market: front matter, put a locale in its path, or pass --market."
            findings.append(TemplateFinding.make(rule: "template.market-unknown", severity: .error, message: message, span: 0..<0, in: template))
            return Checked(result: .init(path: template.path, market: tag ?? "", channel: .email, findings: findings, text: template.text),
                           key: template.key, variables: variables, locale: tag)
        }
        do {
            let outcome = try linter.lintReportingSuppressions(template.text, channel: config.assignment(for: template.path).channel ?? .email,
                                                              uiLanguage: uiLanguage)
            findings += outcome.findings.map { TemplateFinding.remap($0, in: template) }
            findings += outcome.unusedSuppressions.map {
                TemplateFinding.make(rule: "template.suppression.unused", severity: .warning,
                                     message: "This suppression comment suppresses nothing; remove it.", span: $0, in: template)
            }
        } catch {
            findings.append(TemplateFinding.make(rule: "template.lint-failed", severity: .error, message: "\(error)", span: 0..<0, in: template))
        }
        findings.sort { ($0.line, $0.column, $0.rule) < ($1.line, $1.column, $1.rule) }
        return Checked(result: .init(path: template.path, market: market.tag, channel: .email, findings: findings, text: template.text),
                       key: template.key, variables: variables, locale: market.tag)
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
