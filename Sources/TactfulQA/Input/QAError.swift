/// A problem with what `tactful qa` was given (a file, a flag's value): one line, no partial output.
public struct QAError: Error, CustomStringConvertible, Sendable {
    /// The one-line message.
    public let description: String

    /// An error saying `description`.
    public init(_ description: String) { self.description = description }
}
