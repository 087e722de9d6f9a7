import TactfulAPI
import TactfulLint

/// One draft through the engine (``TactfulEngine/lint(_:)``, the HTTP service's and MCP's operation): linted, and
/// with `--fix` rewritten under the library's write policy (``FixGuard``: nothing new on re-linting, placeholders
/// unchanged) and written back atomically, never over a file changed since it was read (``TextFile/write(_:)``).
enum DraftLint {
    /// The draft's result, named by the file's path; with `fix`, notes what was written, or why not, on standard
    /// error. `marketOption` names where the market came from in an error about it.
    static func lint(
        _ request: LintRequest, file: TextFile, engine: TactfulEngine, fix mode: FixApplier.Mode?,
        marketOption: String
    ) throws -> LintReport.FileResult {
        let options = [
            "market": marketOption, "teamTimeZone": "--team-zone", "text": file.path,
            "channel": "\(file.path): channel",
        ]
        var result: LintReport.FileResult
        if let mode {
            let outcome = try EngineDoor.run(options: options) { () throws(FieldError) in
                try engine.lintAndRewrite(request, mode: mode)
            }
            try write(outcome, to: file)
            result = outcome.after.files[0]
        } else {
            result = try EngineDoor.run(options: options) { () throws(FieldError) in try engine.lint(request) }.files[0]
        }
        result.path = file.path
        return result
    }

    private static func write(_ outcome: LintRewrite, to file: TextFile) throws {
        if let refusal = outcome.refusal {
            Standard.error("tactful: \(file.path): fixes not written: \(refusal)")
        } else if outcome.applied > 0 {
            try file.write(outcome.rewritten)
            Standard.error("tactful: \(file.path): applied \(outcome.applied) fix\(outcome.applied == 1 ? "" : "es")")
        }
    }
}
