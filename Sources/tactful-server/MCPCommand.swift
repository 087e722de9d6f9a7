import ArgumentParser
import Foundation
import TactfulAPI
import TactfulLint
import TactfulMCP
import TactfulServer

/// `tactful mcp`: the engine as Model Context Protocol tools on standard input and output.
struct MCPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract:
            "Serve lint, SLA due times, sizes, money and units as MCP tools over stdio for AI drafting assistants.",
        discussion: """
            Speaks the Model Context Protocol (JSON-RPC, one message per line) on standard input and output until
            the client closes standard input. Tools: lint_draft (findings, rewrites with rewrite: safe|unsafe),
            sla_due, list_markets, holidays, convert_size, convert_money, convert_units, convert_draft. Arguments
            are the HTTP API's request fields. Money uses --rates FILE, else the config's serve: rates: file,
            else the ECB daily rates through the per-user cache. When standard input closes, every request
            received is answered before the server exits.

            Examples:
              tactful mcp                                   # as the command of an MCP client's server entry
              tactful mcp --config tactful.yml
              tactful mcp --rates rates.xml                 # offline: exchange rates from a file
            """
    )

    @Option(
        help: ArgumentHelp(
            "Config file (default: the nearest .tactful.yml at or above the current folder).",
            valueName: "file"))
    var config: String?

    @Option(
        help: ArgumentHelp(
            "Exchange rates for convert_money and convert_draft: ECB XML, or CSV/JSON of currency,rate per euro (default: the config's serve: rates:, else the ECB daily file, cached).",
            valueName: "file"))
    var rates: String?

    func run() async throws {
        let configPath = config ?? LintConfig.find(from: FileManager.default.currentDirectoryPath)
        let engine = try TactfulEngine.load(configPath: configPath)
        for warning in engine.linters.unknownRuleWarnings {
            FileHandle.standardError.write(Data("tactful mcp: \(warning)\n".utf8))
        }
        let settings =
            try configPath.map { path in
                try ServeSettings(yaml: try String(contentsOfFile: path, encoding: .utf8), path: path)
            } ?? ServeSettings()
        let ratesFile = rates ?? settings.ratesPath(configPath: configPath)
        let server = TactfulMCPServer(
            engine: engine, version: TactfulServerCommand.configuration.version, now: { Date() },
            rates: { try await ServerRates.load(file: ratesFile, advice: TactfulMCPServer.ratesAdvice) })
        try await server.run()
    }
}
