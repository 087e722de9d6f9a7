import Foundation
import TactfulAPI
import Testing
import TactfulTestSupport

/// `tactful lint --input jsonl`: one JSON result per input line, in order, each as the engine answers it; a bad
/// line is an error result naming its line number, and the batch goes on. And `--jobs`: output in path order.
@Suite struct BatchLintTests {
    static func lines(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func eachLineIsAnsweredInOrderAndABadLineDoesNotStopTheBatch() throws {
        let input = [
            #"{"id":"a1","market":"de-DE","text":"Wir rufen Sie um 5pm an."}"#, "not json", "",
            #"{"id":7,"market":"en-GB","channel":"chat","text":"We cannot refund you!!!"}"#,
            #"{"id":"no-market","text":"Hi"}"#,
        ].joined(separator: "\n")
        let folder = Scratch.root.appendingPathComponent("tactful-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try CLI.run(["lint", "--input", "jsonl", "-"], input: input, in: folder)
        #expect(result.status == 2, "a bad line makes the batch exit 2 once every line is answered")
        let answers = try Self.lines(result.stdout)
        #expect(answers.count == 4)
        #expect(answers.map { "\($0["id"] ?? "-")" } == ["a1", "-", "7", "no-market"])
        #expect(answers[1]["line"] as? Int == 2 && (answers[1]["error"] as? String)?.hasPrefix("line 2: ") == true)
        #expect(answers[3]["line"] as? Int == 5 && (answers[3]["error"] as? String)?.contains("market") == true)

        let engine = try TactfulEngine.load(configPath: nil)
        let expected = try engine.lint(LintRequest(text: "We cannot refund you!!!", market: "en-GB", channel: "chat"))
        let encoded = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(expected)) as? [String: Any]
        let file = try #require((encoded?["files"] as? [[String: Any]])?.first)
        #expect(answers[2]["market"] as? String == "en-GB" && answers[2]["channel"] as? String == "chat")
        #expect(
            (answers[2]["findings"] as? [[String: Any]])?.map { $0["rule"] as? String }
                == (file["findings"] as? [[String: Any]])?.map { $0["rule"] as? String })
    }

    @Test func aFileOfLinesWithFindingsExitsOne() throws {
        let path = Scratch.root.appendingPathComponent("tactful-\(UUID().uuidString).jsonl")
        try #"{"id":1,"market":"en-US","text":"Hi {{first_name}}"}"#.write(to: path, atomically: true, encoding: .utf8)
        let result = try CLI.run(["lint", "--input", "jsonl", path.path])
        #expect(result.status == 1)
        let answers = try Self.lines(result.stdout)
        #expect(answers.count == 1 && (answers[0]["findings"] as? [Any])?.isEmpty == false)
        let misuse = try CLI.run(["lint", "--input", "jsonl", "--format", "json", path.path])
        #expect(misuse.status == 2)
    }

    /// The bundled example drafts (a folder with a config mapping them to six markets).
    static let drafts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/drafts").path

    @Test func jobsKeepThePathOrder() throws {
        let one = try CLI.run(["lint", Self.drafts, "--format", "json", "--jobs", "1"])
        let two = try CLI.run(["lint", Self.drafts, "--format", "json", "--jobs", "2"])
        let every = try CLI.run(["lint", Self.drafts])
        let oneText = try CLI.run(["lint", Self.drafts, "--jobs", "1"])
        #expect(one.status == 1 && one.stdout == two.stdout)
        #expect(every.stdout == oneText.stdout)
        #expect(try CLI.run(["lint", Self.drafts, "--jobs", "0"]).status == 2)
    }
}
