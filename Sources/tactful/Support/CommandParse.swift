import ArgumentParser

/// `tactful`'s command tree under a root that ArgumentParser parses without first trying the command line as a
/// request for a completion script (two throwaway parses of their own, about 8.6M instructions at every start):
/// such requests never get this far, ``CompletionView`` answers them first. Only a command that runs is taken from
/// this parse; help, `--version`, usage errors and a bare `tactful` are parsed again by ``Tactful`` itself, so that
/// everything ArgumentParser prints still comes from the tree as ``Tactful`` declares it.
struct CommandParse: ParsableCommand {
    static let configuration: CommandConfiguration = {
        var configuration = Tactful.configuration
        // A root with a super-command skips ArgumentParser's completion-script check. The name would show in help
        // and usage lines, which are never printed from this root.
        configuration._superCommandName = Tactful.configuration.commandName
        return configuration
    }()

    /// The command of `Tactful`'s tree that `arguments` (without the program's name) run, parsed and validated;
    /// nil when they ask for help or the version, name no command, or do not parse. A command line that starts with
    /// an option (`--version`, `--help`) names no command: it is left to the tree without a try. `lint` is parsed
    /// with ``LintCommand`` as the root: from `Tactful`'s root, ArgumentParser reads `lint`'s arguments twice more
    /// to learn whether it takes all that follows (about 7M instructions, half a hello-world); in its plain form
    /// (``PlainLintArguments``), without ArgumentParser.
    static func command(_ arguments: [String]) -> (any ParsableCommand)? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        if first == LintCommand.configuration.commandName {
            let rest = Array(arguments.dropFirst())
            return PlainLintArguments.command(rest) ?? (try? LintCommand.parseAsRoot(rest) as? LintCommand)
        }
        guard let command = try? parseAsRoot(arguments) else { return nil }
        let type = ObjectIdentifier(Swift.type(of: command))
        return commands.contains { ObjectIdentifier($0) == type } ? command : nil
    }

    /// Every command below `Tactful` (ArgumentParser's own `help` command is not among them).
    static let commands: [any ParsableCommand.Type] = {
        var commands: [any ParsableCommand.Type] = []
        var pending = Tactful.configuration.subcommands
        while let command = pending.popLast() {
            commands.append(command)
            pending += command.configuration.subcommands
        }
        return commands
    }()
}
