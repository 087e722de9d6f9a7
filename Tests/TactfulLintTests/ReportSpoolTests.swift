import Testing

@testable import TactfulLint

/// A report's parts wait on disk and come back as they were kept, in order.
@Suite struct ReportSpoolTests {
    @Test func textsComeBackInOrderAsKept() throws {
        let texts = ["", "Grüße 😔\n", String(repeating: "お詫び", count: 50_000), "\r\n", "last"]
        let spool = try ReportSpool()
        for text in texts { try spool.append(text) }
        var read: [String] = []
        try spool.forEach { read.append($0) }
        #expect(read == texts)
        try spool.append("more")
        var again: [String] = []
        try spool.forEach { again.append($0) }
        #expect(again == texts + ["more"], "reading leaves the spool to be added to and read again")
    }
}
