import ArgumentParser
import Foundation

/// `tactful serve`: runs `tactful-server serve` with the same arguments (see its `--help`).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the linter, markets, holidays, SLA and converters as JSON over HTTP, with a playground page.",
        discussion: "Runs the tactful-server binary installed beside tactful; `tactful serve --help` shows its options.",
        helpNames: []
    )

    @Argument(parsing: .allUnrecognized, help: "Options of `tactful-server serve`.")
    var arguments: [String] = []

    func run() throws { try ServerLauncher.exec("serve", arguments) }
}

/// `tactful mcp`: runs `tactful-server mcp` with the same arguments (see its `--help`).
struct MCPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve lint, SLA due times, sizes, money and units as MCP tools over stdio for AI drafting assistants.",
        discussion: "Runs the tactful-server binary installed beside tactful; `tactful mcp --help` shows its options.",
        helpNames: []
    )

    @Argument(parsing: .allUnrecognized, help: "Options of `tactful-server mcp`.")
    var arguments: [String] = []

    func run() throws { try ServerLauncher.exec("mcp", arguments) }
}

/// Replaces this process with `tactful-server` (beside this binary, else on `PATH`), so signals such as SIGTERM
/// reach the server itself.
enum ServerLauncher {
    static func exec(_ subcommand: String, _ arguments: [String]) throws -> Never {
        guard let binary = locate() else {
            throw InputError("'tactful \(subcommand)' runs the tactful-server binary, which is neither beside tactful nor on PATH (swift build --product tactful-server)")
        }
        let argv = ([binary, subcommand] + arguments).map { strdup($0) } + [nil]
        execv(binary, argv)
        throw InputError("cannot start \(binary) (errno \(errno))")
    }

    private static func locate() -> String? {
        let own = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let folders = [own.path] + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return folders.map { ($0 as NSString).appendingPathComponent("tactful-server") }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
