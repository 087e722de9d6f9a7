import Foundation
import Testing
import TactfulTestSupport

/// `tactful qa` run as a user would: formats, the output file, standard input, and one-line input errors.
@Suite struct QACommandTests {
    static let export = """
        ticket,agent,customer_locale,channel,customer_at,reply_at,text
        T1,Mia,en-GB,email,2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,"Hello Sam, thank you for writing. We can't refund the shipping fee. Kind regards, Mia"
        T2,Mia,de-DE,chat,2026-03-03T09:00:00Z,2026-03-03T09:05:00Z,"Hallo Herr Weber, vielen Dank für Ihre Nachricht. Ihr Paket ist unterwegs. Mit freundlichen Grüßen, Mia"
        T3,Leo,en-GB,email,bad time,2026-03-03T09:05:00Z,Hello
        """

    static func folder() throws -> URL {
        let folder = Scratch.root.appendingPathComponent("qa-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func jsonReportCountsRepliesFindingsSLAAndBadRows() throws {
        let folder = try Self.folder()
        let path = folder.appendingPathComponent("export.csv")
        try Self.export.write(to: path, atomically: true, encoding: .utf8)
        let result = try CLI.run(["qa", path.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let input = report?["input"] as? [String: Any]
        #expect(input?["format"] as? String == "generic-csv")
        #expect(input?["replies"] as? Int == 2)
        #expect(input?["badRows"] as? Int == 1)
        #expect((input?["badRowSamples"] as? [[String: Any]])?.first?["line"] as? Int == 4)
        let team = report?["team"] as? [String: Any]
        #expect((team?["repliesFlagged"] as? [String: Int])?["negative-phrasing"] == 1)
        // Around the clock by default: the email took 1 h of its 12 h, the chat 5 min of its 2 min.
        #expect((team?["sla"] as? [String: Any])?["met"] as? Int == 1)
        #expect((team?["sla"] as? [String: Any])?["measured"] as? Int == 2)
    }

    @Test func outputFileTakesItsFormatFromItsExtension() throws {
        let folder = try Self.folder()
        let output = folder.appendingPathComponent("qa.html")
        let result = try CLI.run(
            ["qa", "-", "--input-format", "generic-csv", "--output", output.path, "--ui-language", "zh-Hans"],
            input: Self.export)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)  // no progress line: standard error is not a terminal
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("质检报告"))
        let csv = try CLI.run(["qa", "-", "--input-format", "generic-csv", "--format", "csv"], input: Self.export)
        #expect(csv.stdout.hasPrefix("section,key,agent,week,replies,"))
    }

    @Test func inputErrorsAreOneLineAndWriteNothing() throws {
        let folder = try Self.folder()
        let output = folder.appendingPathComponent("qa.json")
        for arguments in [
            ["qa", folder.appendingPathComponent("missing.jsonl").path, "--output", output.path],
            ["qa", "-", "--output", output.path],
            ["qa", "-", "--input-format", "zendesk", "--market", "not a market", "--output", output.path],
        ] {
            let result = try CLI.run(arguments, input: Self.export)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix("tactful: error: "), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
        let badSample = try CLI.run(
            ["qa", "-", "--input-format", "generic-csv", "--sample", "abc"], input: Self.export)
        #expect(badSample.status == 2)
    }
}
