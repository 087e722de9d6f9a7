import Foundation
import MCP
import TactfulAPI

/// What a line read by the MCP server is, under JSON-RPC 2.0 and MCP's stricter rules (a request's `id` is a string
/// or an integer, never null; `params` is an object). Well-formed messages go on to the SDK; anything else is
/// answered here, with `id: null` when the id cannot be told (JSON-RPC 2.0 §5) — the SDK would answer with a
/// made-up UUID.
enum JSONRPCEnvelope {
    /// The verdict on one line.
    enum Verdict: Equatable {
        /// An empty line: nothing to do.
        case blank
        /// A message for the SDK, with the ids of the requests in it (each will be answered) and of the requests a
        /// `notifications/cancelled` in it withdraws (those will not).
        case forward(requests: [RequestKey], cancelled: [RequestKey])
        /// Not a message the SDK can take: the error reply to write instead.
        case reject(Data)
    }

    /// A request id as a comparable key (`1` and `"1"` are different ids).
    struct RequestKey: Hashable {
        let text: String

        /// The key of an id: a string or a whole number; nil for anything else.
        init?(_ id: JSONValue?) {
            switch id {
            case .string(let value)?: text = "s:" + value
            case .number(let value)? where value.rounded() == value && abs(value) < 1e15:
                text = "n:\(Int(value))"
            default: return nil
            }
        }
    }

    /// Classifies one line of input.
    static func check(_ line: Data) -> Verdict {
        guard line.contains(where: { !isSpace($0) }) else { return .blank }
        let message: JSONValue
        do { message = try JSONDecoder().decode(JSONValue.self, from: line) } catch {
            return .reject(reply(to: nil, .parseError("the line is not JSON")))
        }
        switch message {
        case .object(let fields):
            switch check(fields) {
            case .success(let forward): return .forward(requests: forward.requests, cancelled: forward.cancelled)
            case .failure(let problem): return .reject(reply(to: problem.id, problem.error))
            }
        case .array(let items):
            return check(batch: items)
        default:
            return .reject(reply(to: nil, .invalidRequest("a message is a JSON object")))
        }
    }

    /// A well-formed message's requests and withdrawn requests.
    private struct Forward {
        var requests: [RequestKey] = []
        var cancelled: [RequestKey] = []
    }

    /// Why a message is refused, and the id to answer to.
    private struct Problem: Error {
        let id: JSONValue?
        let error: MCPError
    }

    private static func check(_ fields: [String: JSONValue]) -> Result<Forward, Problem> {
        let id = fields["id"]
        let key = RequestKey(id)
        let echo = key == nil ? nil : id
        guard fields["jsonrpc"] == .string("2.0") else {
            return .failure(Problem(id: echo, error: .invalidRequest("jsonrpc must be \"2.0\"")))
        }
        guard let method = fields["method"] else {
            // A response to a request of the server's.
            guard (fields["result"] == nil) != (fields["error"] == nil) else {
                return .failure(
                    Problem(id: echo, error: .invalidRequest("not a request, a notification or a response")))
            }
            return .success(Forward())
        }
        guard case .string(let name) = method else {
            return .failure(Problem(id: echo, error: .invalidRequest("method must be a string")))
        }
        guard fields["result"] == nil, fields["error"] == nil else {
            return .failure(Problem(id: echo, error: .invalidRequest("a request has no result or error")))
        }
        if id != nil, key == nil {
            return .failure(Problem(id: nil, error: .invalidRequest("id must be a string or an integer")))
        }
        switch fields["params"] {
        case nil, .null?, .object?: break
        default:
            // A notification is never answered, not even about its params: the SDK gets it and ignores it.
            guard key != nil else { return .success(Forward()) }
            return .failure(Problem(id: id, error: .invalidParams("params must be an object")))
        }
        if let key { return .success(Forward(requests: [key])) }
        if name == CancelledNotification.name, case .object(let params)? = fields["params"],
            let withdrawn = RequestKey(params["requestId"])
        {
            return .success(Forward(cancelled: [withdrawn]))
        }
        return .success(Forward())
    }

    /// A batch (MCP before 2025-06-18) goes on whole when every item is well formed; otherwise none of it runs, and
    /// the reply has an error for each of its requests and malformed items.
    private static func check(batch items: [JSONValue]) -> Verdict {
        guard !items.isEmpty else { return .reject(reply(to: nil, .invalidRequest("a batch is never empty"))) }
        var forward = Forward()
        var errors: [Problem] = []
        var runnable: [JSONValue] = []
        for item in items {
            guard case .object(let fields) = item else {
                errors.append(Problem(id: nil, error: .invalidRequest("a batch item is a JSON object")))
                continue
            }
            switch check(fields) {
            case .success(let checked):
                forward.requests += checked.requests
                forward.cancelled += checked.cancelled
                if !checked.requests.isEmpty, let id = fields["id"] { runnable.append(id) }
            case .failure(let problem): errors.append(problem)
            }
        }
        guard !errors.isEmpty else { return .forward(requests: forward.requests, cancelled: forward.cancelled) }
        let skipped = runnable.map {
            Problem(id: $0, error: .invalidRequest("not run: another item of the batch is malformed"))
        }
        return .reject(encode((errors + skipped).map { ErrorReply(id: $0.id, error: $0.error) }))
    }

    /// The error reply to one message.
    private static func reply(to id: JSONValue?, _ error: MCPError) -> Data {
        encode(ErrorReply(id: id, error: error))
    }

    /// `{"jsonrpc": "2.0", "id": …, "error": {…}}`, with `"id": null` when there is none.
    private struct ErrorReply: Encodable {
        let id: JSONValue?
        let error: MCPError

        private enum CodingKeys: String, CodingKey { case jsonrpc, id, error }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("2.0", forKey: .jsonrpc)
            try container.encode(id ?? .null, forKey: .id)
            try container.encode(error, forKey: .error)
        }
    }

    private static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)) ?? Data(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32603}}"#.utf8)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
}
