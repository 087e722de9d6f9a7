import Foundation
import Hummingbird
import NIOCore
import TactfulAPI

/// An error answered as JSON: `{"error": {"status": 400, "field": "market", "message": "…"}}`. Bad input is
/// always a 4xx naming the field; the service never answers bad input with a 500.
struct APIError: HTTPResponseError {
    let status: HTTPResponse.Status
    let field: String?
    let message: String

    init(_ status: HTTPResponse.Status, field: String? = nil, _ message: String) {
        self.status = status
        self.field = field
        self.message = message
    }

    /// A 400 for a field error of an operation.
    init(_ error: FieldError) {
        self.init(.badRequest, field: error.field, error.message)
    }

    /// Any error a route or Hummingbird threw, as the JSON error it is answered with.
    static func from(_ error: any Error) -> APIError {
        switch error {
        case let error as APIError: error
        case let error as FieldError: APIError(error)
        case let error as HTTPError where error.status == .contentTooLarge: tooLarge
        case is NIOTooManyBytesError: tooLarge
        case let error as HTTPError:
            APIError(error.status, error.body ?? error.status.reasonPhrase)
        default:
            APIError(.internalServerError, "the service failed: \(error)")
        }
    }

    /// A body above the cap.
    static let tooLarge = APIError(
        .contentTooLarge, field: "body", "the request body is larger than the service accepts")

    private struct Body: Encodable {
        struct Detail: Encodable {
            let status: Int
            let field: String?
            let message: String
        }
        let error: Detail
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        response
    }

    /// The JSON response.
    var response: Response {
        var response = JSONBody.response(body)
        response.status = status
        return response
    }

    /// The JSON body's bytes, for a handler that writes below Hummingbird (``UnparseableRequestHandler``).
    var json: ByteBuffer { JSONBody.buffer(body) ?? ByteBuffer(string: "{}") }

    private var body: Body { Body(error: .init(status: status.code, field: field, message: message)) }
}

/// Encodes response bodies as key-sorted JSON, the way the CLI prints them.
enum JSONBody {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// A 200 response with `value` as JSON.
    static func response(_ value: some Encodable) -> Response {
        guard let buffer = buffer(value) else {
            return Response(status: .internalServerError, body: .init(byteBuffer: ByteBuffer(string: "{}")))
        }
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: buffer))
    }

    /// `value` as JSON bytes, or nil when it cannot be encoded.
    static func buffer(_ value: some Encodable) -> ByteBuffer? {
        (try? encoder.encode(value)).map { ByteBuffer(bytes: $0) }
    }
}
