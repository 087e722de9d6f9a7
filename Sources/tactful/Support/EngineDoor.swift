import Foundation
import TactfulAPI
import TactfulLint
import TactfulTime

/// The CLI as a door onto ``TactfulEngine``: the subcommands map their arguments into TactfulAPI's requests and
/// call the engine, so that each operation (and its validation) is implemented once for the CLI, the HTTP service
/// and the MCP server.
enum EngineDoor {
    /// An engine over `linters` (the built-in packs and the default config when nil) and the SLA `policies`.
    /// Packs are parsed and markets resolved only when an operation needs them; a command that computes no SLA
    /// passes no policies, since reading the built-in ones is a YAML parse at every start.
    static func engine(linters: LinterCache? = nil, policies: SLAPolicies = noPolicies) throws -> TactfulEngine {
        TactfulEngine(
            resolvingMarketsLazily: try linters ?? LinterCache(config: LintConfig()), policies: policies)
    }

    /// No SLA policies, for the commands that compute no SLA.
    static let noPolicies = SLAPolicies(channels: [:], source: "")

    /// Runs an engine operation; a ``FieldError`` becomes a one-line input error (exit 2) that names the option the
    /// field came from: `--customer-tz: …` for `customerTz`, or what `options` maps the field to (nothing for "",
    /// when the message quotes the value itself).
    @discardableResult
    static func run<Answer>(options: [String: String] = [:], _ operation: () throws(FieldError) -> Answer) throws
        -> Answer
    {
        do { return try operation() } catch {
            let source = options[error.field] ?? option(forField: error.field)
            // Errors that point into a file (`path:line:col: error: …`) already say where they are.
            let named = error.message.contains(": error: ") || source.isEmpty
            throw InputError(named ? error.message : "\(source): \(error.message)")
        }
    }

    /// The long option for a request field: `uiLanguage` → `--ui-language`.
    static func option(forField field: String) -> String {
        "--"
            + field.reduce(into: "") { name, character in
                if character.isUppercase { name += "-" + character.lowercased() } else { name.append(character) }
            }
    }

    /// Today's date on the user's clock, for the operations that default to the current year.
    static var today: LocalDate {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? LocalDate(dayNumber: 0)
    }
}
