import ArgumentParser
import TactfulLint

/// `tactful lint`'s arguments in their plain form, read without ArgumentParser: each option written once as
/// `--name value`, the flags, and paths. ArgumentParser reflects on the command's properties and casts each option's
/// type and default value to protocols at every parse, each first cast a scan of every protocol conformance of the
/// process: about 14M instructions, half a hello-world, to read `--market en-US draft.txt`. Anything else (help, the
/// version, `--name=value`, `--`, a repeated option, a value that starts with `-` or does not convert, a failed
/// `validate()`) gives nil, and ArgumentParser reads the line as before. `PlainLintArgumentsTests` checks that every
/// command read here is the one ArgumentParser reads, and that the options listed here are `lint`'s.
enum PlainLintArguments {
    /// The options that take a value, as `--help` lists them.
    static let valueOptions = [
        "--market", "--channel", "--config", "--ui-language", "--fail-on", "--team-zone", "--format", "--input",
        "--jobs",
    ]
    /// The flags, as `--help` lists them.
    static let flags = ["--fix", "--fix-unsafe"]

    /// The command `arguments` (after `lint`) run, validated; nil when they are not in the plain form.
    static func command(_ arguments: [String]) -> LintCommand? {
        var values: [String: String] = [:]
        var setFlags: Set<String> = []
        var paths: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "-" || !(argument.isEmpty || argument.hasPrefix("-")) {
                paths.append(argument)
            } else if flags.contains(argument) {
                guard setFlags.insert(argument).inserted else { return nil }
            } else {
                guard valueOptions.contains(argument), values[argument] == nil, index < arguments.count else {
                    return nil
                }
                let value = arguments[index]
                guard !value.isEmpty, !value.hasPrefix("-") else { return nil }
                values[argument] = value
                index += 1
            }
        }
        guard let options = options(values) else { return nil }
        var command = LintCommand()
        command.options = options
        command.fix = setFlags.contains("--fix")
        command.fixUnsafe = setFlags.contains("--fix-unsafe")
        command.paths = paths
        guard let format = value(values["--format"], or: ReportFormat.text),
            let input = value(values["--input"], or: DraftInputs.Kind.files),
            let jobs: Int? = optionalValue(values["--jobs"])
        else { return nil }
        (command.format, command.input, command.jobs) = (format, input, jobs)
        do {
            try command.validate()
        } catch {
            return nil
        }
        return command
    }

    /// The shared lint options of `values` (option name → value); nil when a value does not convert.
    private static func options(_ values: [String: String]) -> LintOptions? {
        var options = LintOptions()
        guard let channel: Channel? = optionalValue(values["--channel"]),
            let uiLanguage = value(values["--ui-language"], or: UILanguage.en),
            let failOn = value(values["--fail-on"], or: Severity.error)
        else { return nil }
        (options.market, options.channel, options.config) = (values["--market"], channel, values["--config"])
        (options.uiLanguage, options.failOn, options.teamZone) = (uiLanguage, failOn, values["--team-zone"])
        return options
    }

    /// `text` converted as ArgumentParser converts an option's value (`init(argument:)`), `fallback` when the option
    /// was not given; nil when it does not convert.
    private static func value<Value: ExpressibleByArgument>(_ text: String?, or fallback: Value) -> Value? {
        guard let text else { return fallback }
        return Value(argument: text)
    }

    /// `text` converted as ArgumentParser converts the value of an option without a default, `.some(nil)` when the
    /// option was not given; nil when it does not convert.
    private static func optionalValue<Value: ExpressibleByArgument>(_ text: String?) -> Value?? {
        guard let text else { return .some(nil) }
        return Value(argument: text).map { .some($0) }
    }
}
