import Foundation
import Testing

@testable import TactfulQA
import TactfulTestSupport

/// The readers: each format's fields, internal notes, bad records with their lines, streaming JSON documents.
@Suite struct ExportReaderTests {
    static func items(_ reader: some ExportReader) throws -> [ExportItem] {
        var reader = reader
        var items: [ExportItem] = []
        while let item = try reader.next() { items.append(item) }
        return items
    }

    static func tickets(_ items: [ExportItem]) -> [TicketThread] {
        items.compactMap { if case .ticket(let ticket) = $0 { ticket } else { nil } }
    }

    static func bad(_ items: [ExportItem]) -> [BadRow] {
        items.compactMap { if case .bad(let bad) = $0 { bad } else { nil } }
    }

    @Test func freshdeskRowsBecomeTicketsWithNotesAndBadRows() throws {
        let items = try Self.items(try MessageCSVReader.freshdesk(path: QAFixtures.path("freshdesk.csv")))
        let tickets = Self.tickets(items)
        #expect(tickets.map(\.id) == ["101", "103"])
        #expect(tickets[0].locale == "de-DE")
        #expect(tickets[0].messages.map(\.isAgentReply) == [false, false, true])
        #expect(tickets[0].messages[1].isPublic == false)
        #expect(tickets[0].messages[2].text.contains("\n\nvielen Dank"))  // a quoted field across lines
        #expect(Self.bad(items) == [BadRow(line: 10, reason: "'not a time' is not a timestamp")])
    }

    @Test func gorgiasNotesAreNeitherLintedNorReplies() throws {
        let report = try QAFixtures.job("gorgias.csv").run()
        #expect(report.input.format == "gorgias")
        #expect(report.input.replies == 1)
        let hugo = try #require(report.agents.first)
        #expect(hugo.agent == "Hugo")
        #expect(hugo.summary.findings["negative-phrasing"] == 1)
        // Timed from the customer's message (17:00 in Shanghai), not from the internal note: the team closes at
        // 18:00, so 2 h of wall time is 1 h of business time.
        #expect(hugo.summary.firstReplySeconds.median.map { abs($0 - 3600) < 36 } == true)
    }

    @Test func zendeskNDJSONAndJSONDocumentReadTheSame() throws {
        let ndjson = try QAFixtures.text("zendesk-20.ndjson")
        let lines = ndjson.split(separator: "\n").joined(separator: ",\n")
        let document = Scratch.root.appendingPathComponent("zendesk-\(UUID()).json")
        try "{\"tickets\": [\n\(lines)\n], \"count\": 20}".write(to: document, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: document) }
        #expect(try ExportFormat.detect(path: document.path) == .zendesk)
        let fromLines = Self.tickets(try Self.items(try ZendeskReader(path: QAFixtures.path("zendesk-20.ndjson"))))
        let fromDocument = Self.tickets(try Self.items(try ZendeskReader(path: document.path)))
        #expect(fromLines.count == 20)
        #expect(fromLines.map(\.id) == fromDocument.map(\.id))
        func withoutLines(_ tickets: [TicketThread]) -> [[HelpdeskMessage]] {
            tickets.map {
                $0.messages.map {
                    var message = $0
                    message.line = 0
                    return message
                }
            }
        }
        #expect(withoutLines(fromLines) == withoutLines(fromDocument))
        let first = try #require(fromLines.first)
        #expect(first.timeZone == "Europe/Berlin")
        #expect(first.messages.filter(\.isAgentReply).count >= 1)
        #expect(first.messages.contains { !$0.isPublic })  // the internal note
    }

    @Test func badJSONLinesAreCountedWithTheirLineNumbers() throws {
        let lines = try QAFixtures.text("generated-300.jsonl").split(separator: "\n").prefix(3).map(String.init)
        let text = [lines[0], "{not json", "", lines[1], "{\"ticket\": \"X\", \"agent\": \"A\"}", lines[2]]
            .joined(separator: "\n")
        let items = try Self.items(GenericJSONLReader(stream: ByteStream(bytes: Array(text.utf8))))
        #expect(Self.bad(items).map(\.line) == [2, 5])
        #expect(Self.bad(items)[1].reason == "missing 'channel'")
        let ticketIDs = Set(lines.map { $0.split(separator: "\"")[3] })
        #expect(Self.tickets(items).count == ticketIDs.count)  // a bad line between a ticket's rows does not split it
    }

    @Test func formatsAreToldFromTheFirstLine() throws {
        #expect(try ExportFormat.detect(path: QAFixtures.path("generated-300.jsonl")) == .generic)
        #expect(try ExportFormat.detect(path: QAFixtures.path("freshdesk.csv")) == .freshdesk)
        #expect(try ExportFormat.detect(path: QAFixtures.path("gorgias.csv")) == .gorgias)
        #expect(try ExportFormat.detect(path: QAFixtures.path("team.yml")) == nil)
    }

    @Test func csvHeaderWithoutNeededColumnsIsAnError() throws {
        var reader = GenericCSVReader(stream: ByteStream(bytes: Array("ticket,agent\n1,A\n".utf8)))
        #expect(throws: QAError.self) { try reader.next() }
    }

    @Test func channelsMapOntoPolicies() {
        #expect(QAChannel(exported: "native_messaging").policy == "chat")
        #expect(QAChannel(exported: "instagram-direct-message").policy == "social")
        #expect(QAChannel(exported: "facebook").policy == "social")
        #expect(QAChannel(exported: "Outbound Email").policy == "email")
        #expect(QAChannel(exported: "voice").policy == "phone")
        #expect(QAChannel(exported: "sms").lintChannel == .sms)
    }
}
