import ArgumentParser
import Foundation
import TactfulConvert
import TactfulLint

/// `tactful-server`: the long-running doors to the engine, `serve` (HTTP) and `mcp` (Model Context Protocol).
/// Users run them as `tactful serve` and `tactful mcp`; `tactful` execs this binary for those two commands.
@main
struct TactfulServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tactful",
        abstract: "The Tactful service: HTTP (serve) and MCP over stdio (mcp).",
        version: TactfulVersion.current,
        subcommands: [ServeCommand.self, MCPCommand.self]
    )

    /// Exit codes as in `tactful`: errors on one line and 2 for usage or input errors.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is ExitCode { exit(withError: error) }  // --help, --version, explicit codes
            // Usage errors and the engine's input errors (bad config, pack, port): one line, exit 2.
            let text = "\(error)"
            let line =
                code == .validationFailure
                ? fullMessage(for: error)
                : text.contains(": error: ") ? text : "tactful: error: \(text)"
            FileHandle.standardError.write(Data((line + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

/// Exchange rates for the service and the MCP server: the configured file, else the ECB's daily file through the
/// per-user cache; with neither, an error ending with `advice` (what the door's user can do).
enum ServerRates {
    static func load(file: String?, advice: String) async throws -> ProvidedRates {
        try await RatesLoading.load(
            file: file, url: nil, environment: ProcessInfo.processInfo.environment, now: Date(),
            warn: { FileHandle.standardError.write(Data("tactful: warning: \($0)\n".utf8)) }, advice: advice)
    }
}
