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

    /// One file's share: its path and findings (results are encoded in file order, once the root is known).
    public struct FilePart: Sendable {
        fileprivate let path: String
        fileprivate let findings: [Finding]
    }

    /// What a run keeps: the root, once a file names it, the rules the results name, and each file's results as
    /// they read in the log but without rule indices (known only when every rule used is), after their rule ids.
    public struct Progress {
        fileprivate var root: SARIFSourceRoot?
        fileprivate var used: Set<String> = []
        fileprivate let results: ReportSpool
    }

    public func part(of file: LintReport.FileResult) -> FilePart {
        FilePart(path: file.path, findings: file.findings)
    }

    /// No root yet unless given; an empty spool of results.
    public func start() throws -> Progress { Progress(root: sourceRoot, results: try ReportSpool()) }

    /// Encodes the file's results, nested as in the log's `results` array, and keeps them after their rule ids (a
    /// line each); the first file that is not standard input names the root.
    public func add(_ part: FilePart, to progress: inout Progress, write: (String) -> Void) throws {
        if progress.root == nil, part.path != "-" { progress.root = .containing(part.path) }
        guard !part.findings.isEmpty else { return }
        let location = progress.root?.location(of: part.path) ?? (uri: "-", uriBaseId: nil)
        let artifact = SARIF.ArtifactLocation(uri: location.uri, uriBaseId: location.uriBaseId)
        let results = part.findings.map { SARIF.Result($0, artifact: artifact, ruleIndex: nil) }
        // `[\n  {…},\n  {…}\n]` nested six spaces deeper, without its brackets: the objects as the log holds them.
        let array = PrettyJSON.nested(try PrettyJSON.encoded(results), by: 6)
        progress.used.formUnion(part.findings.map(\.rule))
        try progress.results.append(part.findings.map(\.rule).joined(separator: "\n"))
        try progress.results.append(String(array.dropFirst(2).dropLast(Self.arrayClosing.count)))
    }

    /// Prints the log: the run's results in file order, each with its rule's index in the table of the rules used.
    public func finish(
        _ progress: inout Progress, summary: LintReport.Summary, rules: [RuleInfo], write: (String) -> Void
    ) throws {
        var seen: Set<String> = []
        let ruleList = rules.filter { progress.used.contains($0.id) && seen.insert($0.id).inserted }
        let index = Dictionary(uniqueKeysWithValues: ruleList.enumerated().map { ($1.id, $0) })
        let root = progress.root ?? .containing(nil)
        let log = { (results: [SARIF.Result]) in
            SARIF.Log(runs: [
                SARIF.Run(
                    tool: SARIF.Tool(driver: SARIF.Driver(rules: ruleList.map(SARIF.Rule.init))),
                    originalUriBaseIds: [
                        SARIFSourceRoot.baseID: SARIF.ArtifactLocation(uri: root.uri, uriBaseId: nil)
                    ],
                    results: results)
            ])
        }
        guard !progress.used.isEmpty else {
            write(String(decoding: try PrettyJSON.encoded(log([])), as: UTF8.self))
            return
        }
        // The log around one stand-in result, cut before and after it: the text around the results.
        let standIn = SARIF.Result(
            Finding(
                rule: "", category: .placeholder, severity: .info, confidence: .high, message: "", match: "",
                span: 0..<0), artifact: SARIF.ArtifactLocation(uri: "-", uriBaseId: nil), ruleIndex: nil)
        let whole = String(decoding: try PrettyJSON.encoded(log([standIn])), as: UTF8.self)
        let standInArray = PrettyJSON.nested(try PrettyJSON.encoded([standIn]), by: 6)
        guard let cut = whole.range(of: standInArray.dropFirst(2).dropLast(Self.arrayClosing.count)) else {
            throw InputFileError(path: "the SARIF log", problem: "could not be put together")
        }
        write(String(whole[..<cut.lowerBound]))
        var ruleIds: [Substring]?
        var first = true
        try progress.results.forEach { record in
            guard let ids = ruleIds else {
                ruleIds = record.split(separator: "\n", omittingEmptySubsequences: false)
                return
            }
            ruleIds = nil
            if !first { write(",\n") }
            first = false
            write(Self.withRuleIndices(record, ids.map { index[String($0)] }))
        }
        write(String(whole[cut.upperBound...]))
    }

    /// How the nested array of a file's results ends.
    private static let arrayClosing = "\n      ]"
    /// How a result object ends in the log (its inner objects end deeper).
    private static let objectClosing = "\n        }"

    /// A file's result objects with each one's rule index (none for a rule the table lacks) after its rule id, the
    /// last key. Found byte by byte: no string search, which cost more than encoding the results.
    private static func withRuleIndices(_ objects: String, _ ruleIndices: [Int?]) -> String {
        let closing = Array(objectClosing.utf8)
        let bytes = Array(objects.utf8)
        var indexed: [UInt8] = []
        indexed.reserveCapacity(bytes.count + ruleIndices.count * 32)
        var ruleIndices = ruleIndices.makeIterator()
        var (start, position) = (0, 0)
        while position + closing.count <= bytes.count {
            guard bytes[position] == closing[0], bytes[position..<position + closing.count].elementsEqual(closing)
            else {
                position += 1
                continue
            }
            indexed += bytes[start..<position]
            if let ruleIndex = ruleIndices.next() ?? nil {
                indexed += Array(",\n          \"ruleIndex\" : \(ruleIndex)".utf8)
            }
            indexed += closing
            position += closing.count
            start = position
        }
        indexed += bytes[start...]
        return String(decoding: indexed, as: UTF8.self)
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
