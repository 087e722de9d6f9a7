/// A problem in a data file (a pack, a glossary, a config, a schedule, SLA policies), pointing into it as
/// `path:line:col: error: message` (`path: error: message` when the position is unknown).
public struct PositionedError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file, as given.
    public let path: String
    /// 1-based line, 0 when unknown.
    public let line: Int
    /// 1-based column, 0 when unknown.
    public let column: Int
    /// What is wrong.
    public let message: String

    /// Creates an error at a position (0 for an unknown one).
    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:col: error: message`, or `path: error: message` when the position is unknown.
    public var description: String {
        line > 0 ? "\(path):\(line):\(column): error: \(message)" : "\(path): error: \(message)"
    }
}
