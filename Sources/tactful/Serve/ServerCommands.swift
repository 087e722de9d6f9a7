import ArgumentParser
import Foundation

/// `tactful serve`: runs `tactful-server serve` with the same arguments (see its `--help`). The server's options
/// are declared here too, so that completion scripts offer them; their values are passed on as given and checked
/// by the server.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the linter, markets, holidays, SLA and converters as JSON over HTTP, with a playground page.",
        discussion:
            "Runs the tactful-server binary installed beside tactful; `tactful serve --help` shows its options.",
        helpNames: []
    )

    @Option(help: "The address to bind (default: the config's, else 127.0.0.1).")
    var host: String?

    @Option(help: "The port to bind, 0 for any free one (default: the config's, else 8080).")
    var port: String?

    @OptionGroup var server: ServerForwarding

    func run() throws {
        try ServerLauncher.exec(
            "serve",
            ServerForwarding.option("--host", host) + ServerForwarding.option("--port", port) + server.arguments)
    }
}

/// `tactful mcp`: runs `tactful-server mcp` with the same arguments (see its `--help`); its options are declared
/// here too, as for `serve`.
struct MCPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract:
            "Serve lint, SLA due times, sizes, money and units as MCP tools over stdio for AI drafting assistants.",
        discussion: "Runs the tactful-server binary installed beside tactful; `tactful mcp --help` shows its options.",
        helpNames: []
    )

    @Option(
        help: ArgumentHelp(
            "Exchange rates for convert_money and convert_draft: ECB XML, or CSV/JSON of currency,rate per euro (default: the config's serve: rates:, else the ECB daily file, cached).",
            valueName: "file"),
        completion: .file(extensions: ["xml", "csv", "json"]))
    var rates: String?

    @OptionGroup var server: ServerForwarding

    func run() throws { try ServerLauncher.exec("mcp", ServerForwarding.option("--rates", rates) + server.arguments) }
}
