import Foundation
import Hummingbird
import Logging
import TactfulAPI

/// `tactful serve`: the pre-send linting service for helpdesks, on Hummingbird. Stateless (every request stands
/// alone), so any number of instances can sit behind a load balancer.
///
/// Middleware, outermost first: metrics and access log → CORS → method policy (404, 405 with Allow, from
/// ``RouteTable``) → bearer auth → routes (each computation within the time budget, bodies capped). HEAD is answered
/// wherever GET is; a request the HTTP parser cannot read gets the JSON error too (``UnparseableRequestHandler``).
public struct TactfulService: Sendable {
    /// The engine every route uses.
    public let engine: TactfulEngine
    /// Where to listen and how to guard the service.
    public let settings: ServeSettings
    /// The counters served at `/metrics`.
    public let metrics = ServerMetrics()
    /// The logger for requests and lifecycle events.
    public let logger: Logger
    /// The clock (`now` of SLA due times, the default holiday year); the CLI passes the system clock.
    public let now: @Sendable () -> Date
    /// Where money conversions get their exchange rates.
    public let rates: RatesSource

    /// A service over `engine` with `settings`.
    public init(
        engine: TactfulEngine, settings: ServeSettings, logger: Logger, now: @escaping @Sendable () -> Date,
        rates: @escaping RatesSource
    ) {
        self.engine = engine
        self.settings = settings
        self.logger = logger
        self.now = now
        self.rates = rates
    }

    /// The router with every route and middleware.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: ObservabilityMiddleware(metrics: metrics))
        if !settings.corsOrigins.isEmpty { router.add(middleware: CORSPolicyMiddleware(origins: settings.corsOrigins)) }
        router.add(middleware: MethodPolicyMiddleware())
        router.add(middleware: BearerAuthMiddleware(tokens: settings.tokens))
        ServiceRoutes(metrics: metrics).add(to: router)
        APIRoutes(engine: engine, settings: settings, metrics: metrics, now: now, rates: rates).add(to: router)
        return router
    }

    /// The application; `onListening` receives the bound port (useful with port 0).
    public func application(onListening: @escaping @Sendable (Int) async -> Void = { _ in })
        -> some ApplicationProtocol
    {
        Application(
            router: router(),
            server: .http1(configuration: .init(additionalChannelHandlers: [UnparseableRequestHandler()])),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "tactful"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    /// Serves until SIGTERM or SIGINT; then stops accepting connections and lets in-flight requests finish.
    public func run(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(onListening: onListening).runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
