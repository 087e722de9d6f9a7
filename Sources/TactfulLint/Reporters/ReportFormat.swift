/// An output format of `tactful lint` and `tactful check`: the identifier of one registered ``Reporter``.
public struct ReportFormat: RawRepresentable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// Every reporter, in the order `--help` lists them. Adding a format means adding its type here, once.
    public static let registered: [any Reporter.Type] = [
        TextReporter.self, JSONReporter.self, SARIFReporter.self, GitHubReporter.self, JUnitReporter.self,
    ]

    /// `--format text`.
    public static let text = ReportFormat(TextReporter.self)
    /// `--format json`.
    public static let json = ReportFormat(JSONReporter.self)
    /// `--format sarif`.
    public static let sarif = ReportFormat(SARIFReporter.self)
    /// `--format github`.
    public static let github = ReportFormat(GitHubReporter.self)
    /// `--format junit`.
    public static let junit = ReportFormat(JUnitReporter.self)

    /// Every registered format.
    public static var allCases: [ReportFormat] { registered.map { ReportFormat($0) } }

    /// The reporter's identifier.
    public let rawValue: String

    /// The type that renders it.
    private let reporterType: any Reporter.Type

    /// The format named `rawValue`, or `nil` when no reporter is registered under that name.
    public init?(rawValue: String) {
        guard let reporter = Self.registered.first(where: { $0.identifier == rawValue }) else { return nil }
        self.init(reporter)
    }

    private init(_ reporter: any Reporter.Type) {
        rawValue = reporter.identifier
        reporterType = reporter
    }

    /// Formats are equal when their identifiers are.
    public static func == (lhs: ReportFormat, rhs: ReportFormat) -> Bool { lhs.rawValue == rhs.rawValue }

    /// Hashes the identifier.
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// The identifier.
    public var description: String { rawValue }

    /// What the format is for, as `--help` lists it.
    public var summary: String { reporterType.summary }

    /// The reporter for this format, set up for a run.
    public func reporter(_ settings: ReporterSettings = ReporterSettings()) -> any Reporter {
        reporterType.init(settings: settings)
    }
}
