import Foundation
import Testing

@testable import TactfulQA
import TactfulTestSupport

/// The coaching sample, PII masking and the three renderers.
@Suite struct SampleAndRenderTests {
    @Test func sampleIsStratifiedPerAgentAndSeeded() throws {
        let report = try QAFixtures.generated.get()
        for agent in report.agents {
            let want = Int((0.12 * Double(agent.summary.replies) - 1e-9).rounded(.up))
            #expect(agent.sample.count == want, "\(agent.agent)")
            #expect(agent.sample.allSatisfy { $0.agent == agent.agent })
        }
        var again = try QAFixtures.job("generated-300.jsonl")
        again.jobs = 1
        #expect(try again.run().agents.map(\.sample) == report.agents.map(\.sample))
    }

    @Test func sampleDoesNotDependOnExportOrder() throws {
        // Reverse the tickets (each ticket's rows stay together and in order).
        let lines = try QAFixtures.text("generated-300.jsonl").split(separator: "\n").map(String.init)
        var groups: [[String]] = []
        for line in lines {
            let ticket = line.split(separator: "\"")[3]
            if let last = groups.last?.last, last.split(separator: "\"")[3] == ticket {
                groups[groups.count - 1].append(line)
            } else {
                groups.append([line])
            }
        }
        let reversed = Scratch.root.appendingPathComponent("reversed-\(UUID()).jsonl")
        try groups.reversed().flatMap { $0 }.joined(separator: "\n").write(
            to: reversed, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: reversed) }
        var job = try QAFixtures.job("generated-300.jsonl")
        job.exportPath = reversed.path
        let report = try job.run()
        let original = try QAFixtures.generated.get()
        #expect(report.agents.map { $0.sample.map(\.ticket) } == original.agents.map { $0.sample.map(\.ticket) })
        job.seed = 8
        #expect(try job.run().agents.map { $0.sample.map(\.ticket) } != original.agents.map { $0.sample.map(\.ticket) })
    }

    @Test func quotedTextIsMaskedAndHighlightsStayOnTheirWords() throws {
        let masked = PIIRedactor.masked(
            "Card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, mail jo.doe@example.com, call +49 30 1234 5678."
        )
        #expect(!masked.contains("4111 1111"))
        #expect(masked.contains("1111"))
        #expect(!masked.contains("DE89 3704"))
        #expect(masked.contains("•••@example.com"))
        #expect(!masked.contains("1234 5678"))
        #expect(masked.hasSuffix("78."))
        let report = try QAFixtures.generated.get()
        let quoted = report.agents.flatMap(\.sample)
        #expect(!quoted.contains { $0.text.contains("4111 1111 1111 1111") })
        for reply in quoted {
            let units = Array(reply.text.utf16)
            for finding in reply.findings {
                guard let start = finding.start, let end = finding.end else { continue }
                #expect(String(decoding: units[start..<end], as: UTF16.self) == finding.match)
            }
        }
    }

    @Test func csvRowsHaveEveryColumn() throws {
        let report = try QAFixtures.generated.get()
        let csv = CSVRenderer.render(report)
        let rows = csv.split(separator: "\r\n")
        #expect(rows.first.map(String.init) == CSVRenderer.header.joined(separator: ","))
        #expect(rows.count == 1 + 1 + 25 + report.agents.map(\.weeks.count).reduce(0, +) + 12 + report.weeks.count)
        #expect(
            rows.allSatisfy {
                $0.split(separator: ",", omittingEmptySubsequences: false).count == CSVRenderer.header.count
            })
        #expect(CSVRenderer.field("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSVRenderer.field("-3") == "-3")
    }

    @Test func htmlIsSelfContainedWithAChartPerSection() throws {
        let report = try QAFixtures.generated.get()
        let html = HTMLRenderer.render(report, uiLanguage: .zhHans)
        #expect(html.contains("<html lang=\"zh-Hans\">"))
        #expect(html.contains("评分卡"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\""))
        #expect(!html.contains("href=\"http"))
        let charts = html.components(separatedBy: "<svg class=\"chart\"").dropFirst()
        #expect(charts.count == 3 + 1 + 3 * 25)
        #expect(
            charts.allSatisfy { $0.prefix { _ in true }.components(separatedBy: "</svg>")[0].contains("class=\"mark") })
        #expect(html.contains("<mark title="))
    }

    @Test func jsonRoundTrips() throws {
        let report = try QAFixtures.generated.get()
        let decoded = try JSONDecoder().decode(QAReport.self, from: Data(try JSONRenderer.render(report).utf8))
        #expect(decoded == report)
    }
}
