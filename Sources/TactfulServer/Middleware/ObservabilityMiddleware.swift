import Foundation
import Hummingbird
import Logging

/// Counts and times every request and logs one structured line per request (method, path, status, duration,
/// body size); never the body itself.
struct ObservabilityMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Routes reported by name (``RouteTable``'s); any other path is counted as `other`, so labels stay few.
    static var knownRoutes: Set<String> { Set(RouteTable.all.map(\.path)) }

    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let start = ContinuousClock.now
        metrics.started()
        var response: Response
        do { response = try await next(request, context) } catch { response = APIError.from(error).response }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let path = request.uri.path
        let route = Self.knownRoutes.contains(path) ? path : "other"
        metrics.finished(route: route, method: request.method.rawValue, status: response.status.code, seconds: seconds)
        context.logger.info(
            "request",
            metadata: [
                "method": .string(request.method.rawValue), "path": .string(route == "other" ? "other" : path),
                "status": .stringConvertible(response.status.code),
                "duration_ms": .string(String(format: "%.2f", seconds * 1_000)),
                "bytes_in": .string(request.headers[.contentLength] ?? "0"),
            ])
        return response
    }
}
