import Hummingbird
import TactfulAPI

/// One route of the HTTP service: its method and path, and what the OpenAPI document says of it. ``RouteTable``
/// lists every one; the routes are registered from it, ``MethodPolicyMiddleware`` answers unknown paths and wrong
/// methods from it, and ``OpenAPIDocument`` is built from it, so the published description cannot drift from what
/// is served.
struct Endpoint: Sendable {
    /// A JSON Schema with its name among the document's components.
    struct Schema: Sendable {
        let name: String
        let schema: JSONValue
    }

    /// What the route answers with a 200.
    enum Answer: Sendable {
        /// JSON of this schema.
        case json(Schema)
        /// Text of this media type (`text/html; charset=utf-8`).
        case text(mediaType: String)
        /// JSON of this schema by default, or text of one of these media types when the request asks for it
        /// (`format=md`).
        case jsonOrText(Schema, alternatives: [String])

        /// The `Content-Type` of the (default) answer.
        var mediaType: String {
            switch self {
            case .json, .jsonOrText: "application/json; charset=utf-8"
            case .text(let mediaType): mediaType
            }
        }
    }

    let method: HTTPRequest.Method
    let path: String
    /// The OpenAPI `operationId`.
    let operation: String
    /// One line on what the route does.
    let summary: String
    /// The JSON body the route reads (POST routes).
    var body: Schema? = nil
    /// The query parameters, as an object schema whose properties are the parameters (GET routes).
    var query: JSONValue? = nil
    /// A request that succeeds: the body, or the query parameters as an object.
    var example: JSONValue? = nil
    let answer: Answer
    /// The error statuses the route answers with (as ``APIError``).
    var errors: [HTTPResponse.Status] = []

    /// True for the API (`/v1/…`), which bearer tokens guard when the service has any.
    var guarded: Bool { path.hasPrefix("/v1/") }
}

extension Router {
    /// Registers `handler` for the endpoint's method and path.
    @discardableResult
    func on(_ endpoint: Endpoint, use handler: @escaping @Sendable (Request, Context) async throws -> Response) -> Self
    {
        on(RouterPath(endpoint.path), method: endpoint.method, use: handler)
    }
}
