extension LintReport {
    /// Counts over all files.
    public struct Summary: Codable, Sendable, Equatable {
        /// Files linted.
        public var files: Int
        /// All findings.
        public var findings: Int
        /// Findings by severity.
        public var errors: Int, warnings: Int, infos: Int
        /// Findings by category (only categories that occur).
        public var categories: [String: Int]
    }
}
