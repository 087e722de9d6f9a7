import Foundation

/// A progress line on standard error, only when standard error is a terminal: `tactful qa: 12000 tickets…`.
final class ProgressLine {
    private var last = Date.distantPast

    /// A progress line, or nil when standard error is not a terminal.
    static func onTerminal() -> ProgressLine? { isatty(STDERR_FILENO) == 1 ? ProgressLine() : nil }

    /// Shows the tickets read, at most ten times a second.
    func update(_ tickets: Int) {
        let now = Date()
        guard now.timeIntervalSince(last) > 0.1 else { return }
        last = now
        FileHandle.standardError.write(Data("\rtactful qa: \(tickets) tickets read…".utf8))
    }

    /// Clears the line.
    func finish() { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
}
