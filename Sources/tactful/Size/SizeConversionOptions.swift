import ArgumentParser

/// The options of a size conversion (`tactful size SIZE …`, `tactful size convert SIZE …`), declared once for the
/// command and for the completion scripts of `size` itself (``CompletionView``).
struct SizeConversionOptions: ParsableArguments {
    @Option(help: "The size's system, e.g. EU, US, UK, JP.")
    var from: String?

    @Option(help: "The system(s) to convert into, comma-separated (all when omitted).")
    var to: String?

    @Option(help: "The size category.")
    var category: SizeCategoryArgument

    @Option(
        help:
            "A body measurement instead of a size, e.g. 26.5cm (foot length), 41 in (chest); bras: underbust,bust (74cm,88cm)."
    )
    var measure: String?

    @Option(help: "The customer's market (BCP-47 tag): adds a sentence in their language.")
    var market: String?

    @Option(
        help: "A store's own size chart (YAML or CSV) used instead of the built-in charts.",
        completion: .file(extensions: ["yml", "yaml", "csv"]))
    var chart: String?

    @OptionGroup var output: OutputOptions
}
