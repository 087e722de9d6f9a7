import Hummingbird

/// Requires `Authorization: Bearer TOKEN` with one of the configured tokens on the API (`/v1/*`); the page,
/// `/healthz` and `/metrics` stay open, and so does everything when no token is configured. The scheme's name is
/// case-insensitive (`bearer`, `BEARER`; RFC 9110 §11.1) and may be followed by more than one space.
struct BearerAuthMiddleware<Context: RequestContext>: RouterMiddleware {
    let tokens: [[UInt8]]

    init(tokens: [String]) { self.tokens = tokens.map { Array($0.utf8) } }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let path = MethodPolicyMiddleware<Context>.normalized(request.uri.path)  // as the router matches it
        guard !tokens.isEmpty, path.hasPrefix("/v1/"), request.method != .options else {
            return try await next(request, context)
        }
        guard let token = Self.bearerToken(request.headers[.authorization] ?? ""), accepts(Array(token.utf8)) else {
            var response = APIError(.unauthorized, field: "Authorization", "a valid bearer token is required").response
            response.headers[.wwwAuthenticate] = #"Bearer realm="tactful""#
            return response
        }
        return try await next(request, context)
    }

    /// The credentials of an `Authorization` header with the Bearer scheme, or nil for any other scheme.
    static func bearerToken(_ header: String) -> Substring? {
        guard let space = header.firstIndex(of: " "), header[..<space].lowercased() == "bearer" else { return nil }
        let token = header[space...].drop { $0 == " " }
        return token.isEmpty ? nil : token
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
