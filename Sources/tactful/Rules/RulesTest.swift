import ArgumentParser
import TactfulLint

/// `tactful rules test PATH...`: runs a pack's own examples, as the test suite does for built-in packs.
struct RulesTest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test", abstract: "Run every example of the given pack files; exit 1 when one misbehaves.")

    @Argument(help: "Pack files (YAML).")
    var paths: [String]

    func run() throws {
        let library = try PackLibrary()
        var failures: [RuleExamples.Failure] = []
        var rules = 0
        for path in paths {
            let pack = try PackLibrary.loadFile(path)
            rules += pack.ruleInfos.count
            failures += RuleExamples(library: library).check(pack)
        }
        failures.forEach { print($0) }
        print("\(rules - Set(failures.map(\.rule)).count) passed, \(Set(failures.map(\.rule)).count) failed")
        if !failures.isEmpty { throw ExitCode.findings }
    }
}
