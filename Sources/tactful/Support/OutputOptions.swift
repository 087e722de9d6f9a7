import ArgumentParser

/// `--format text|json`, shared by commands that print a result.
struct OutputOptions: ParsableArguments {
    enum Format: String, CaseArgument {
        case text, json
    }

    @Option(help: "Output format: text for people, json for machines (stable fields).")
    var format: Format = .text
}
