/// A problem in the `serve:` section of a config file, printed on one line as `path:line:col: error: message`
/// (`path: error: message` when the position is unknown, as for YAML that does not parse).
public struct ServeSettingsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The config file.
    public let path: String
    /// 1-based line, or 0 when unknown.
    public let line: Int
    /// 1-based column, or 0 when unknown.
    public let column: Int
    /// What is wrong.
    public let message: String

    /// An error at `line`:`column` of `path` (0 for an unknown position).
    public init(path: String, line: Int = 0, column: Int = 0, message: String) {
        (self.path, self.line, self.column, self.message) = (path, line, column, message)
    }

    /// `path:line:col: error: message`.
    public var description: String {
        line > 0 ? "\(path):\(line):\(column): error: \(message)" : "\(path): error: \(message)"
    }
}
