import ArgumentParser

/// The command tree that `tactful --generate-completion-script bash|zsh|fish` describes: `tactful`'s own, except
/// that `size` also declares the options of its default subcommand. ArgumentParser's scripts complete a default
/// subcommand's options only after its name (`tactful size convert 42 --category <TAB>`, swift-argument-parser
/// issue #488), while `tactful size 42 --category <TAB>` is how the command is used. Only its scripts are used:
/// commands are always parsed and run by ``Tactful``.
struct CompletionView: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: Tactful.configuration.commandName,
        version: Tactful.configuration.version,
        subcommands: Tactful.configuration.subcommands.map {
            (command: any ParsableCommand.Type) -> any ParsableCommand.Type in
            ObjectIdentifier(command) == ObjectIdentifier(SizeCommand.self) ? SizeCompletionView.self : command
        }
    )

    /// When `arguments` ask for a completion script, prints this tree's and exits (ArgumentParser handles the
    /// request and its errors, as for ``Tactful``); otherwise returns.
    static func printScriptIfRequested(_ arguments: [String]) {
        let option = "--generate-completion-script"
        guard arguments.contains(where: { $0 == option || $0.hasPrefix(option + "=") }) else { return }
        do { _ = try parseAsRoot(arguments) } catch { exit(withError: error) }
    }
}

/// `size` as completion scripts see it: its subcommands, and the options of `size SIZE` (its default subcommand).
struct SizeCompletionView: ParsableCommand {
    static let configuration = SizeCommand.configuration

    @OptionGroup var conversion: SizeConversionOptions
}
