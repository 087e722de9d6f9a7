import ArgumentParser
import Foundation
import TactfulLint

/// `tactful rules explain ID`.
struct RulesExplain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Explain one rule: why, source, examples.")

    @Argument(help: "The rule id, e.g. root.placeholder.mustache.")
    var id: String

    @Option(help: "Config file with extra packs.")
    var config: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let session = try LintSession(configPath: config, searchFrom: FileManager.default.currentDirectoryPath)
        let all = try session.library.allPacks().values.flatMap(\.ruleInfos)
        let matches = all.filter { $0.id == id }
        guard let info = matches.first else {
            let near = all.map(\.id).filter { $0.hasPrefix(id.split(separator: ".").first.map(String.init) ?? id) }
            throw InputError(
                "no rule '\(id)'"
                    + (near.isEmpty
                        ? "" : "; rules with that prefix: " + near.sorted().prefix(5).joined(separator: ", ")))
        }
        if output.format == .json { return try Standard.printJSON(RuleSummary((info.origin, info))) }
        print(
            """
            \(info.id)  (\(info.category.rawValue), \(info.severity.rawValue), confidence \(info.confidence.rawValue))
            \(info.message)
            \(info.messageZh.map { $0 + "\n" } ?? "")
            Source: \(info.source)
            Declared at: \(info.origin)

            Triggers:
            \(info.triggers.map { "  ✗ " + $0.replacingOccurrences(of: "↓", with: "") }.joined(separator: "\n"))
            Fine:
            \(info.clean.map { "  ✓ " + $0 }.joined(separator: "\n"))
            """)
    }
}
