import Hummingbird

/// Lets helpdesk iframes and browser extensions call the API from the origins the settings allow: exact origins,
/// a leading subdomain wildcard (`https://*.zendesk.com`) or `*`. Answers preflight (`OPTIONS`) requests itself.
struct CORSPolicyMiddleware<Context: RequestContext>: RouterMiddleware {
    let origins: [String]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard let origin = request.headers[.origin], let allowed = allowedValue(for: origin) else {
            return try await next(request, context)
        }
        if request.method == .options, request.headers[.accessControlRequestMethod] != nil {
            var response = Response(status: .noContent)
            response.headers[.accessControlAllowMethods] = "GET, POST, OPTIONS"
            response.headers[.accessControlAllowHeaders] = "Authorization, Content-Type, Accept"
            response.headers[.accessControlMaxAge] = "600"
            decorate(&response, allowed)
            return response
        }
        var response = try await next(request, context)
        decorate(&response, allowed)
        return response
    }

    /// The `Access-Control-Allow-Origin` value for an origin, or nil when it is not allowed.
    func allowedValue(for origin: String) -> String? {
        if origins.contains("*") { return "*" }
        return origins.contains { Self.matches($0, origin) } ? origin : nil
    }

    /// True when `origin` is `pattern`, or a subdomain of it when the pattern reads `scheme://*.domain`.
    static func matches(_ pattern: String, _ origin: String) -> Bool {
        guard let star = pattern.range(of: "://*.") else { return pattern.lowercased() == origin.lowercased() }
        let scheme = pattern[..<star.lowerBound].lowercased() + "://"
        let suffix = "." + pattern[star.upperBound...].lowercased()
        let candidate = origin.lowercased()
        guard candidate.hasPrefix(scheme), candidate.hasSuffix(suffix) else { return false }
        let host = candidate.dropFirst(scheme.count).dropLast(suffix.count)
        return !host.isEmpty && host.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }
    }

    private func decorate(_ response: inout Response, _ allowed: String) {
        response.headers[.accessControlAllowOrigin] = allowed
        if allowed != "*" { response.headers[.vary] = "Origin" }
    }
}
