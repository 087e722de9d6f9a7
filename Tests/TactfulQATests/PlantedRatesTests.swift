import Testing

@testable import TactfulQA

/// The report recovers what Scripts/qa-export-generator.py planted, agent by agent.
@Suite struct PlantedRatesTests {
    /// Tolerance: the flagged replies of a category may differ from the planted ones by at most one reply or 2 % of
    /// the agent's replies, whichever is more (the clean replies are clean; a stray finding on one is allowed).
    static func tolerance(_ replies: Int) -> Int { max(1, Int((Double(replies) * 0.02).rounded(.up))) }

    @Test func everyAgentsPlantedProblemsAreFound() throws {
        let report = try QAFixtures.generated.get()
        let truth = try QAFixtures.truth()
        #expect(report.agents.count == 25)
        #expect(report.markets.count == 12)
        #expect(report.input.badRows == 0)
        for agent in report.agents {
            let planted = try #require(truth.agents[agent.agent])
            #expect(agent.summary.replies == planted.replies)
            for category in ["negative-phrasing", "placeholder", "privacy", "legal"] {
                let found = agent.summary.repliesFlagged[category] ?? -1
                let want = planted.planted[category] ?? 0
                #expect(
                    abs(found - want) <= Self.tolerance(planted.replies),
                    "\(agent.agent) \(category): found \(found), planted \(want)")
            }
        }
    }

    @Test func repliesInAnotherLanguageAreCounted() throws {
        let report = try QAFixtures.generated.get()
        let truth = try QAFixtures.truth()
        for agent in report.agents {
            let planted = try #require(truth.agents[agent.agent])
            let wrong = try #require(agent.scorecard.first { $0.item == .language })
            #expect(
                abs(wrong.flagged - (planted.planted["wrong-language"] ?? 0)) <= Self.tolerance(planted.replies),
                "\(agent.agent): \(wrong.flagged) replies not in the customer's language")
        }
    }

    @Test func scorecardFollowsTheDocumentedFormula() throws {
        let report = try QAFixtures.generated.get()
        for agent in report.agents {
            let tone = try #require(agent.scorecard.first { $0.item == .tone })
            #expect(tone.signals == ["negative-phrasing", "formality", "register-mix"])
            #expect(tone.measured == agent.summary.replies)
            let expected = (Double(tone.measured - tone.flagged) * 1000 / Double(tone.measured)).rounded() / 10
            #expect(tone.score == expected)
            let timeliness = try #require(agent.scorecard.first { $0.item == .timeliness })
            #expect(timeliness.score == agent.summary.sla.metPercent)
            #expect(agent.scorecard.first { $0.item == .empathy }?.score == nil)
        }
    }
}
