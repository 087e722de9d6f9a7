import ArgumentParser

/// What `serve` and `mcp` share with `tactful-server`: `--config`, `-h`/`--help` (the server's help, which
/// `tactful` does not print itself) and, passed on untouched, whatever else is given.
struct ServerForwarding: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Config file (default: the nearest .tactful.yml at or above the current folder).", valueName: "file"),
        completion: .file(extensions: ["yml", "yaml"]))
    var config: String?

    @Flag(name: [.short, .long], help: "Show the server's help, with its options and examples.")
    var help = false

    @Argument(parsing: .allUnrecognized, help: .hidden)
    var unrecognized: [String] = []

    /// The arguments for `tactful-server`: `--config`, `--help`, then the rest as given.
    var arguments: [String] { Self.option("--config", config) + (help ? ["--help"] : []) + unrecognized }

    /// `[name, value]`, or nothing when the option was not given.
    static func option(_ name: String, _ value: String?) -> [String] { value.map { [name, $0] } ?? [] }
}
