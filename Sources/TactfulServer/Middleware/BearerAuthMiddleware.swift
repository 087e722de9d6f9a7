import Hummingbird

/// Requires `Authorization: Bearer TOKEN` with one of the configured tokens on the API (`/v1/*`); the page,
/// `/healthz` and `/metrics` stay open, and so does everything when no token is configured.
struct BearerAuthMiddleware<Context: RequestContext>: RouterMiddleware {
    let tokens: [[UInt8]]

    init(tokens: [String]) { self.tokens = tokens.map { Array($0.utf8) } }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard !tokens.isEmpty, request.uri.path.hasPrefix("/v1/"), request.method != .options else {
            return try await next(request, context)
        }
        let header = request.headers[.authorization] ?? ""
        guard header.hasPrefix("Bearer "), accepts(Array(header.dropFirst(7).utf8)) else {
            var response = APIError(.unauthorized, field: "Authorization", "a valid bearer token is required").response
            response.headers[.wwwAuthenticate] = #"Bearer realm="tactful""#
            return response
        }
        return try await next(request, context)
    }

    /// Compares against every token in time independent of where the bytes differ.
    private func accepts(_ candidate: [UInt8]) -> Bool {
        var found = false
        for token in tokens {
            var difference = UInt8(token.count == candidate.count ? 0 : 1)
            for index in 0..<token.count {
                difference |= token[index] ^ (index < candidate.count ? candidate[index] : 0)
            }
            found = found || difference == 0
        }
        return found
    }
}
