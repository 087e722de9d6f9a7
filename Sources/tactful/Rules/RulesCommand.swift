import ArgumentParser

/// `tactful rules`: list, explain and test rules.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rules for a market, explain one, or test a pack's examples.",
        discussion: """
            Examples:
              tactful rules --market de-AT
              tactful rules explain root.placeholder.mustache
              tactful rules test my-packs/de-DE.yml
            """,
        subcommands: [RulesList.self, RulesExplain.self, RulesTest.self],
        defaultSubcommand: RulesList.self
    )
}
