import ArgumentParser
import TactfulAPI

/// `tactful guide`: a market's culture guide for support agents, assembled from the data the linter uses.
struct GuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "Print a market's culture guide for support agents, assembled from Tactful's own data.",
        discussion: """
            Nothing in the guide is written for the guide: each line comes from the data the linter checks replies
            against, and names its source — the register rules and their messages (Locales/), the taboos and
            occasions of the region (Glossaries/culture/), the holidays of the next 60 days (Glossaries/holidays/),
            how CLDR writes numbers, dates, prices and units there, the consumer-law minimums with their statutes
            (Glossaries/law/) and the first regional-vocabulary pairs (Glossaries/vocabulary/).
            --ui-language zh-Hans gives headings and messages in Chinese where the data has them (else English).
            JSON fields are stable and documented in the README; HTML is one self-contained page.
            Examples:
              tactful guide --market de-DE
              tactful guide --market zh-CN --ui-language zh-Hans --format html > guide.html
              tactful guide --market ja-JP --from 2026-04-25 --format json
            """
    )

    @Option(help: "The customer's market: a locale tag (de-DE, ja-JP) or a region (JP).") var market: String
    @Option(help: "Language of headings and messages: en (default) or zh-Hans.") var uiLanguage: String?
    @Option(help: "First day of the 60 days of holidays, YYYY-MM-DD (default: today).") var from: String?
    @Option(help: "Output format: md (Markdown), html (one self-contained page) or json (stable fields).")
    var format: GuideFormat = .md

    func run() throws {
        let engine = try EngineDoor.engine()
        let request = GuideRequest(market: market, uiLanguage: uiLanguage, from: from, format: format.rawValue)
        let guide = try EngineDoor.run { () throws(FieldError) in try engine.guide(request, today: EngineDoor.today) }
        let text = format.render(guide)
        print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
    }
}
