/// Bad input to an operation, naming the request field at fault: the HTTP service answers it with 400 and
/// `{"error": {"field", "message"}}`, the MCP server with a tool error.
public struct FieldError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The request field, e.g. `market`, `schedule`, `from`; `body` for the request as a whole.
    public let field: String
    /// What is wrong with it, in one line.
    public let message: String

    /// An error about `field`.
    public init(_ field: String, _ message: String) {
        self.field = field
        self.message = message
    }

    /// `field: message`.
    public var description: String { "\(field): \(message)" }
}
