import Hummingbird

/// Answers from ``RouteTable`` before any route runs: a path it does not list is a 404, a method the path does not
/// take is a 405 with `Allow` (RFC 9110 §15.5.6); HEAD goes on wherever GET does (the router answers it as GET
/// without the body, §9.3.2). Both errors are the JSON error shape, and no route outside the table can be reached.
struct MethodPolicyMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let path = Self.normalized(request.uri.path)
        guard let allowed = RouteTable.methods[path] else {
            throw APIError(.notFound, "there is no endpoint \(path) (the endpoints: GET /openapi.json)")
        }
        guard allowed.contains(request.method) else {
            let names = allowed.map(\.rawValue).joined(separator: ", ")
            var response = APIError(
                .methodNotAllowed, "\(request.method.rawValue) is not allowed on \(path); it takes \(names)"
            ).response
            response.headers[.allow] = names
            return response
        }
        return try await next(request, context)
    }

    /// The path as the router matches it: without empty segments (`/v1/lint/` is `/v1/lint`).
    static func normalized(_ path: String) -> String {
        "/" + path.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/")
    }
}
