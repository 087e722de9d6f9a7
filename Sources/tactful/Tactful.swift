import ArgumentParser
import Foundation
import TactfulLint

#if canImport(CLoadOrder)
    internal import CLoadOrder  // link options only: the order of the shared libraries (Package.swift)
#endif

/// The `tactful` command: subcommands only; each lives in its own folder.
@main
struct Tactful: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tactful",
        abstract: "Make cross-border support replies fit the customer's market.",
        discussion: """
            Exit codes: 0 ok · 1 findings at or above the failure level · 2 usage or input error.
            Errors go to standard error; --format json output is stable and documented in the README.

            Examples:
              tactful markets                          # the markets Tactful has packs for
              tactful markets show zh-HK --format json
              tactful --generate-completion-script bash > /etc/bash_completion.d/tactful
            """,
        version: TactfulVersion.current,
        subcommands: [
            LintCommand.self, CheckCommand.self, RulesCommand.self, MarketsCommand.self, SLACommand.self,
            HolidaysCommand.self, GuideCommand.self, ConvertCommand.self, MoneyCommand.self, SizeCommand.self,
            UnitsCommand.self, ServeCommand.self, MCPCommand.self, QACommand.self,
        ]
    )

    /// Runs the command and maps every failure to Tactful's exit codes (usage and input errors exit 2).
    /// Completion scripts describe ``CompletionView``. A command that runs is parsed by ``CommandParse``; help, the
    /// version and usage errors, by `Tactful`'s own tree.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        CompletionView.printScriptIfRequested(arguments)
        do {
            var command: any ParsableCommand
            if let parsed = CommandParse.command(arguments) {
                command = parsed
            } else {
                command = try parseAsRoot(arguments)
            }
            if runsAsync(Swift.type(of: command)), var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as any InputProblem {
            // Errors that point into a file already read `path:line:col: error: …`, as compilers print them.
            let message = "\(error)"
            Standard.error(message.contains(": error: ") ? message : "tactful: error: \(message)")
            Foundation.exit(ExitCode.inputError.rawValue)
        } catch {
            let code = exitCode(for: error)
            guard code == .validationFailure else { exit(withError: error) }
            Standard.error(fullMessage(for: error))
            Foundation.exit(ExitCode.inputError.rawValue)
        }
    }

    /// The commands of the tree whose `run` is async. A command not listed runs without an
    /// `as? any AsyncParsableCommand`, a conformance lookup that scans every conformance record of the process
    /// (about 0.8M instructions) the first time a type is asked; a test checks this list against the tree.
    static let asyncCommands: [any AsyncParsableCommand.Type] = [
        Tactful.self, ConvertCommand.self, MoneyCommand.self, MoneyConvert.self,
    ]

    /// Whether `command` is one of ``asyncCommands``.
    static func runsAsync(_ command: any ParsableCommand.Type) -> Bool {
        asyncCommands.contains { ObjectIdentifier($0) == ObjectIdentifier(command) }
    }
}
