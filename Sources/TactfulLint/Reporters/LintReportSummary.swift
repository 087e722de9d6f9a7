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

        /// The counts over no file at all.
        public init() { (files, findings, errors, warnings, infos, categories) = (0, 0, 0, 0, 0, [:]) }

        /// The counts over `files`.
        public init(counting files: [FileResult]) {
            self.init()
            for file in files { count(file) }
        }

        /// Adds one file and its findings to the counts.
        public mutating func count(_ file: FileResult) {
            files += 1
            findings += file.findings.count
            for finding in file.findings {
                switch finding.severity {
                case .error: errors += 1
                case .warning: warnings += 1
                case .info: infos += 1
                }
                categories[finding.category.rawValue, default: 0] += 1
            }
        }

        /// Adds the counts of `other`, a summary over other files.
        public mutating func add(_ other: Summary) {
            (files, findings) = (files + other.files, findings + other.findings)
            (errors, warnings, infos) = (errors + other.errors, warnings + other.warnings, infos + other.infos)
            categories.merge(other.categories, uniquingKeysWith: +)
        }

        /// True when any finding counted is at or above `level`.
        public func hasFindings(atOrAbove level: Severity) -> Bool {
            switch level {
            case .error: errors > 0
            case .warning: errors + warnings > 0
            case .info: findings > 0
            }
        }
    }
}
