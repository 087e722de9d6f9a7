import ArgumentParser
import Foundation
import TactfulAPI
import TactfulConvert

/// `tactful convert DRAFT --market TAG`: rewrite a draft's prices, measurements, dates and times for a market.
struct ConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Rewrite the prices, measurements, dates and times in a reply draft for the customer's market.",
        discussion: """
            DRAFT is the text itself, a file path, or - for standard input. Foreign prices keep the original and
            add the market's currency ("$49.99 (≈ 46,21 €)"), measurements add the market's unit, dates and times
            take the market's format; with --category, sizes add the market's system ("EU 42 (US 8.5)").
            JSON lists every conversion with its UTF-16 span.

            Examples:
              tactful convert "The strap is 10 inches and costs $49.99." --market fr-FR --rates rates.xml
              tactful convert reply.txt --market de-DE --format json
              tactful convert "Take EU 42." --market en-US --category shoes-men   # EU 42 (US 8.5)
              pbpaste | tactful convert - --market ja-JP
              tactful convert "Lieferung am 3. März 2026" --market fr-FR --draft-language de   # 3 mars 2026
            """
    )

    @Argument(help: "The draft: text, a file path, or - for standard input.")
    var draft: String

    @Option(help: "The customer's market (BCP-47 tag, e.g. de-DE).")
    var market: String

    @OptionGroup var rates: RatesOptions

    @Option(help: "Also convert sizes named with their system (EU 42, US size 8.5) in this size category.")
    var category: SizeCategoryArgument?

    @Option(help: "A store's own size chart (YAML or CSV) for --category.")
    var chart: String?

    @Option(
        help:
            "The language(s) the draft is written in, comma-separated (e.g. de or de,fr): dates are read in them and in English. Default: the market's language."
    )
    var draftLanguage: String?

    @OptionGroup var output: OutputOptions

    /// Validated and converted by the engine (``TactfulEngine/convertDraft(_:rates:chart:)``), as for the HTTP
    /// service and MCP; a bad market or draft language is reported as the resolver words it.
    func run() async throws {
        let engine = try EngineDoor.engine()
        let request = DraftConvertRequest(
            text: try readDraft(), market: market, category: category?.rawValue, draftLanguage: draftLanguage)
        let fields = ["market": "", "draftLanguage": ""]
        var provided: ProvidedRates?
        if try EngineDoor.run(options: fields, { () throws(FieldError) in try engine.needsRates(request) }) {
            do {
                provided = try await rates.load()
            } catch let problem as ConvertError {
                guard rates == nil else { throw problem }
            }
        }
        // A store's chart replaces the category's built-in one.
        var storeChart: SizeTable?
        if let category, chart != nil { storeChart = try category.table(chart: chart) }
        let result = try EngineDoor.run(options: fields) { [storeChart] () throws(FieldError) in
            try engine.convertDraft(request, rates: provided, chart: storeChart)
        }
        switch output.format {
        case .json: try Standard.printJSON(result)
        case .text:
            result.warnings.forEach { Standard.error("tactful: warning: \($0)") }
            print(result.text)
        }
    }

    private func readDraft() throws -> String {
        if draft == "-" {
            return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        if !draft.contains("\n"), FileManager.default.fileExists(atPath: draft) {
            guard let text = try? String(contentsOfFile: draft, encoding: .utf8) else {
                throw InputError("cannot read '\(draft)' as UTF-8 text")
            }
            return text
        }
        return draft
    }
}
