import ArgumentParser
import Foundation
import TactfulLint

/// `tactful rules [list] [--market TAG]`.
struct RulesList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List rules (all packs, or one market's).")

    @Option(help: "Only the rules that apply to this market.")
    var market: String?

    @Option(help: "Config file with extra packs and rule levels.")
    var config: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let session = try LintSession(configPath: config, searchFrom: FileManager.default.currentDirectoryPath)
        let rules: [(pack: String, info: RuleInfo)]
        if let market {
            let linter = try session.linter(for: market)
            rules = linter.ruleSet.ruleInfos.map { (String($0.origin.split(separator: ":").first ?? ""), $0) }
        } else {
            let packs = try session.library.allPacks()
            rules = packs.keys.sorted().flatMap { name in packs[name]!.ruleInfos.map { (name, $0) } }
        }
        switch output.format {
        case .json:
            try Standard.printJSON(["rules": rules.map(RuleSummary.init)])
        case .text:
            for (pack, info) in rules {
                print("\(info.id)  \(info.category.rawValue)  \(info.severity.rawValue)  \(pack)")
            }
            print("\(rules.count) rules")
        }
    }
}

/// A rule as listed in JSON.
struct RuleSummary: Encodable {
    let id, category, severity, confidence, message, source, origin: String
    let messageZh: String?

    init(_ pair: (pack: String, info: RuleInfo)) {
        let info = pair.info
        (id, category, severity, confidence) = (
            info.id, info.category.rawValue, info.severity.rawValue, info.confidence.rawValue
        )
        (message, source, origin, messageZh) = (info.message, info.source, info.origin, info.messageZh)
    }
}
