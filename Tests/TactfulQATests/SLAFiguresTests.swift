import Foundation
import TactfulTime
import Testing

@testable import TactfulQA

/// The report's SLA figures equal a computation straight from the export with the business clock and policies.
@Suite struct SLAFiguresTests {
    struct Row: Decodable {
        let ticket: String
        let agent: String
        let channel: String
        let customer_at: String
        let reply_at: String
    }

    @Test func slaMetPerAgentEqualsADirectComputation() throws {
        let report = try QAFixtures.generated.get()
        let clock = BusinessClock(schedule: try QAFixtures.schedule())
        let policies = try QAFixtures.policies()
        var measured: [String: Int] = [:]
        var met: [String: Int] = [:]
        var firstReplySeconds: [Double] = []
        var previousTicket = ""
        for line in try QAFixtures.text("generated-300.jsonl").split(separator: "\n") {
            let row = try JSONDecoder().decode(Row.self, from: Data(line.utf8))
            let metric: SLAMetric = row.ticket == previousTicket ? .nextReply : .firstReply
            previousTicket = row.ticket
            let target = try policies.target(channel: row.channel, metric: metric)
            let from = try ISO8601.parse(row.customer_at)
            let to = try ISO8601.parse(row.reply_at)
            let seconds = target.clock == .calendar ? to.timeIntervalSince(from) : try clock.elapsed(from: from, to: to)
            measured[row.agent, default: 0] += 1
            if seconds <= target.seconds { met[row.agent, default: 0] += 1 }
            if metric == .firstReply { firstReplySeconds.append(seconds) }
        }
        for agent in report.agents {
            #expect(agent.summary.sla.measured == measured[agent.agent], "\(agent.agent)")
            #expect(agent.summary.sla.met == (met[agent.agent] ?? 0), "\(agent.agent)")
        }
        #expect(report.team.sla.measured == measured.values.reduce(0, +))
        #expect(report.team.sla.met == met.values.reduce(0, +))
        // The median first-reply time, nearest rank, within the histogram's 1 %.
        let sorted = firstReplySeconds.sorted()
        let median = sorted[Int((0.5 * Double(sorted.count)).rounded(.up)) - 1]
        let reported = try #require(report.team.firstReplySeconds.median)
        #expect(abs(reported - median) <= max(0.01 * median, 0.5))
    }

    @Test func businessTimeSkipsClosedHours() throws {
        // Friday 17:30 Shanghai → Monday 09:30: open until 18:00 Friday, Saturday 10–16, Monday from 09:00.
        let clock = ResponseClock(
            clock: BusinessClock(schedule: try QAFixtures.schedule()), policies: try QAFixtures.policies())
        let timing = try clock.timing(
            channel: QAChannel(exported: "email"), metric: .firstReply,
            from: try ISO8601.parse("2026-03-06T17:30:00+08:00"), to: try ISO8601.parse("2026-03-09T09:30:00+08:00"))
        #expect(timing.seconds == 1800 + 6 * 3600 + 1800)
        #expect(timing.clock == "business")
        #expect(timing.met == true)
        #expect(timing.overBySeconds == 0)
    }
}
