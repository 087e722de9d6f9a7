extension StringProtocol {
    /// The text without leading and trailing spaces (not newlines: callers split lines first).
    func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
