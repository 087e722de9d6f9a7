import ArgumentParser
import Foundation
import Logging
import TactfulAPI
import TactfulConvert
import TactfulLint
import TactfulServer

/// `tactful serve`: the pre-send linting service for helpdesks, with a playground page at `/`.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the linter, markets, holidays and SLA due times as JSON over HTTP, with a playground page.",
        discussion: """
            Endpoints: POST /v1/lint, GET /v1/markets, GET /v1/holidays, GET /v1/guide, POST /v1/sla/due,
            POST /v1/convert, GET /v1/size, POST /v1/money/convert, GET /healthz, GET /metrics (Prometheus), GET / (playground),
            GET /openapi.json (the OpenAPI 3.1 description of them all; HEAD works wherever GET does).
            The config's `serve:` section sets the body cap, time budget, CORS origins, bearer tokens, draft
            logging and an exchange-rates file (see the README); TACTFUL_SERVE_TOKENS (comma-separated) adds bearer tokens. Logs are JSON lines
            on standard error. SIGTERM or SIGINT stops accepting connections and lets in-flight requests finish.

            Examples:
              tactful serve                                  # http://127.0.0.1:8080/
              tactful serve --host 0.0.0.0 --port 9000 --config tactful.yml
              curl -s localhost:8080/v1/lint -d '{"text": "It ships at 5pm.", "market": "en-GB"}'
            """
    )

    @Option(help: "The address to bind (default: the config's, else 127.0.0.1).") var host: String?
    @Option(help: "The port to bind, 0 for any free one (default: the config's, else 8080).") var port: Int?
    @Option(
        help: ArgumentHelp(
            "Config file (default: the nearest .tactful.yml at or above the current folder).",
            valueName: "file"))
    var config: String?

    func validate() throws {
        if let port, !(0...65_535).contains(port) { throw ValidationError("--port must be in 0...65535.") }
    }

    func run() async throws {
        let service = try makeService()
        let host = service.settings.host
        try await service.run { port in
            FileHandle.standardError.write(Data("tactful serve: listening on http://\(host):\(port)/\n".utf8))
        }
    }

    /// The service: config, settings (flags and TACTFUL_SERVE_TOKENS over the config's), logs, compiled linters.
    private func makeService() throws -> TactfulService {
        let configPath = config ?? LintConfig.find(from: FileManager.default.currentDirectoryPath)
        let engine = try TactfulEngine.load(configPath: configPath)
        for warning in engine.linters.unknownRuleWarnings {
            FileHandle.standardError.write(Data("tactful serve: \(warning)\n".utf8))
        }
        var settings =
            try configPath.map { path in
                try ServeSettings(yaml: try String(contentsOfFile: path, encoding: .utf8), path: path)
            } ?? ServeSettings()
        if let host { settings.host = host }
        if let port { settings.port = port }
        let fromEnvironment = ProcessInfo.processInfo.environment["TACTFUL_SERVE_TOKENS"] ?? ""
        settings.tokens += fromEnvironment.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        LoggingSystem.bootstrap { JSONLogHandler(label: $0) }
        let logger = Logger(label: "tactful.serve")
        try engine.compileAllLinters()
        let ratesFile = settings.ratesPath(configPath: configPath)
        logger.info(
            "starting",
            metadata: [
                "config": .string(configPath ?? "none"), "auth": .string(settings.tokens.isEmpty ? "off" : "bearer"),
                "markets": .stringConvertible(engine.markets.count),
            ])
        return TactfulService(
            engine: engine, settings: settings, logger: logger, now: { Date() },
            rates: { try await ServerRates.load(file: ratesFile, advice: ServeSettings.ratesAdvice) })
    }
}
