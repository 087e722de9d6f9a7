import TactfulYAML

extension TimeError {
    /// A data file's positioned error (schedule, SLA policies, holiday rules) as ``TimeError/invalidData(path:line:column:message:)``.
    init(_ error: PositionedError) {
        self = .invalidData(path: error.path, line: error.line, column: error.column, message: error.message)
    }

    /// The result of reading a data file, its positioned errors thrown as ``TimeError``s.
    static func reading<T>(_ read: () throws(PositionedError) -> T) throws(TimeError) -> T {
        do throws(PositionedError) { return try read() } catch { throw TimeError(error) }
    }
}
