import Foundation
import TactfulLint
import TactfulQA
import TactfulTime

/// The committed fixtures and one shared run of the generated 300-ticket export (linting it takes seconds).
enum QAFixtures {
    static func path(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!.path
    }

    static func text(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

    static let linters = Result { try LinterCache(config: LintConfig()) }

    static func schedule() throws -> Schedule { try Schedule(yaml: try text("team.yml"), path: "team.yml") }

    static func policies() throws -> SLAPolicies {
        try SLAPolicies.builtIn(overlaidWithConfig: try text("qa-config.yml"), path: "qa-config.yml")
    }

    /// A job over a fixture with the test schedule and policies.
    static func job(_ name: String, format: ExportFormat? = nil) throws -> QAJob {
        var job = QAJob(
            exportPath: path(name), schedule: try schedule(), policies: try policies(), linters: try linters.get())
        job.format = format
        job.seed = 7
        return job
    }

    /// The report of the generated export, computed once.
    static let generated = Result { try job("generated-300.jsonl").run() }

    /// The generator's truth file: per agent, replies and planted counts.
    struct Truth: Decodable {
        struct Agent: Decodable {
            let replies: Int
            let planted: [String: Int]
        }
        let agents: [String: Agent]
    }

    static func truth() throws -> Truth {
        try JSONDecoder().decode(Truth.self, from: Data(try text("generated-300-truth.json").utf8))
    }
}
