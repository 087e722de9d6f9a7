import ArgumentParser
import Foundation
import TactfulConvert
import TactfulICU
import TactfulMarkets

/// `tactful size SIZE --from EU --to US --category shoes-men`, or `--measure 26.5cm`: the agent's size helper.
struct SizeConvert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a size (or a body measurement) into the sizes of other systems.",
        discussion: """
            Prints the equivalent size(s) from every chart (and where the charts disagree), the neighbours half a
            size down and up, the measurement range (e.g. foot length) and, with --market, one sentence in the
            customer's language to paste into the reply. --chart FILE (YAML or CSV) uses a store's own chart instead.

            Examples:
              tactful size 42 --from EU --to US --category shoes-men
              tactful size 8.5 --from US --category shoes-women --market ja-JP --format json
              tactful size --measure 26.5cm --category shoes-men --market de-DE
              tactful size 7 --from US --to UK,EU --category rings
              tactful size 75B --from EU --to UK --category bras
              tactful size --measure 74cm,88cm --category bras
            """
    )

    @Argument(help: "The size to convert, as written (8.5, 42⅔, N½, W32).")
    var size: String?

    @OptionGroup var options: SizeConversionOptions

    func validate() throws {
        if options.measure == nil {
            guard size != nil, options.from != nil else { throw ValidationError("Give SIZE with --from SYSTEM, or --measure.") }
        } else if size != nil {
            throw ValidationError("Give either SIZE or --measure, not both.")
        }
    }

    func run() throws {
        let converter = SizeConverter(table: try options.category.table(chart: options.chart))
        let targets = options.to?.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        let locale = try options.market.map { try MarketOption.locale($0) } ?? ICU.LocaleID.english
        var answer: SizeAnswer
        if let measure = options.measure {
            answer = try converter.recommend(measure: measure, to: targets, units: QuantityConverter(locale: locale))
        } else {
            answer = try converter.convert(size: size ?? "", from: options.from ?? "", to: targets)
        }
        if options.market != nil { answer.sentence = try SizeSentence(locale: locale).sentence(for: answer) }
        switch options.output.format {
        case .json: try Standard.printJSON(answer)
        case .text: print(SizeReport.text(answer))
        }
    }
}
