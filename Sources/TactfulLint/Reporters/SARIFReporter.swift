import Foundation

/// `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it: rules with help text, results with regions
/// (columns counted in UTF-16 code units, as declared in `columnKind`), and locations relative to `%SRCROOT%`
/// (``SARIFSourceRoot``), which the run's `originalUriBaseIds` names.
public struct SARIFReporter: Reporter {
    /// The root locations are relative to; `nil`: the git work tree of the first reported file, else the current
    /// directory.
    public let sourceRoot: SARIFSourceRoot?

    public static let identifier = "sarif"
    public static let summary = "SARIF 2.1.0 for GitHub code scanning"

    /// Creates the reporter.
    public init(sourceRoot: SARIFSourceRoot? = nil) { self.sourceRoot = sourceRoot }

    /// Creates the reporter with the settings' source root.
    public init(settings: ReporterSettings) { self.init(sourceRoot: settings.sourceRoot) }

    public func render(_ report: LintReport, rules: [RuleInfo]) throws -> String {
        let used = Set(report.files.flatMap { $0.findings.map(\.rule) })
        let declared = rules.filter { used.contains($0.id) }
        var seen: Set<String> = []
        let ruleList = declared.filter { seen.insert($0.id).inserted }
        let index = Dictionary(uniqueKeysWithValues: ruleList.enumerated().map { ($1.id, $0) })
        let root = sourceRoot ?? .containing(report.files.first { $0.path != "-" }?.path)
        let log = SARIF.Log(runs: [
            SARIF.Run(
                tool: SARIF.Tool(driver: SARIF.Driver(rules: ruleList.map(SARIF.Rule.init))),
                originalUriBaseIds: [SARIFSourceRoot.baseID: SARIF.ArtifactLocation(uri: root.uri, uriBaseId: nil)],
                results: report.files.flatMap { file in
                    let location = root.location(of: file.path)
                    let artifact = SARIF.ArtifactLocation(uri: location.uri, uriBaseId: location.uriBaseId)
                    return file.findings.map { SARIF.Result($0, artifact: artifact, ruleIndex: index[$0.rule]) }
                })
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(log), as: UTF8.self)
    }
}

/// The subset of the SARIF 2.1.0 object model Tactful writes.
enum SARIF {
    struct Log: Encodable {
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let version = "2.1.0"
        let runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }

    struct Run: Encodable {
        let tool: Tool
        let originalUriBaseIds: [String: ArtifactLocation]
        let results: [Result]
        let columnKind = "utf16CodeUnits"
    }

    struct Tool: Encodable { let driver: Driver }

    struct Driver: Encodable {
        let name = "Tactful"
        let informationUri = "https://github.com/tactful/tactful"
        let version = TactfulVersion.current
        let rules: [Rule]
    }

    struct Text: Encodable { let text: String }

    struct Help: Encodable {
        let text: String
        let markdown: String
    }

    struct Rule: Encodable {
        let id: String
        let name: String
        let shortDescription: Text
        let fullDescription: Text
        let help: Help
        let defaultConfiguration: Configuration
        let properties: Properties

        init(_ info: RuleInfo) {
            id = info.id
            name = info.id.split(separator: ".").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
                .filter { $0.isLetter || $0.isNumber }
            shortDescription = Text(text: info.message)
            fullDescription = Text(text: info.message + (info.messageZh.map { " / \($0)" } ?? ""))
            let examples =
                info.triggers.prefix(2).map { "- Triggers: \($0.replacingMarker())" }
                + info.clean.prefix(2).map { "- Fine: \($0)" }
            help = Help(
                text: "\(info.message)\nSource: \(info.source)",
                markdown: "\(info.message)\n\n**Source:** \(info.source)\n\n" + examples.joined(separator: "\n"))
            defaultConfiguration = Configuration(level: SARIF.level(info.severity))
            properties = Properties(
                category: info.category.rawValue, confidence: info.confidence.rawValue,
                tags: ["tactful", info.category.rawValue])
        }
    }

    struct Configuration: Encodable { let level: String }

    struct Properties: Encodable {
        let category: String
        let confidence: String
        let tags: [String]
    }

    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int?
        let level: String
        let message: Text
        let locations: [Location]
        let properties: ResultProperties

        init(_ finding: Finding, artifact: ArtifactLocation, ruleIndex: Int?) {
            ruleId = finding.rule
            self.ruleIndex = ruleIndex
            level = SARIF.level(finding.severity)
            let suggestion = finding.fixes.first.map { " Suggestion: \($0.replacement)" } ?? ""
            message = Text(text: finding.message + suggestion)
            locations = [
                Location(
                    physicalLocation: PhysicalLocation(
                        artifactLocation: artifact,
                        region: Region(
                            startLine: max(finding.line, 1), startColumn: max(finding.column, 1),
                            endLine: max(finding.endLine, 1), endColumn: max(finding.endColumn, 1),
                            snippet: Text(text: finding.match))))
            ]
            properties = ResultProperties(category: finding.category.rawValue)
        }
    }

    struct ResultProperties: Encodable { let category: String }
    struct Location: Encodable { let physicalLocation: PhysicalLocation }

    struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region
    }

    /// A URI, relative to the location `uriBaseId` names when there is one (a `nil` base is left out).
    struct ArtifactLocation: Encodable {
        let uri: String
        let uriBaseId: String?
    }

    struct Region: Encodable {
        let startLine: Int
        let startColumn: Int
        let endLine: Int
        let endColumn: Int
        let snippet: Text
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }
}
