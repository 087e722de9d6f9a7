import Foundation
import TactfulAPI
import Testing

/// `tactful guide`: a market's culture guide assembled from the data the linter uses, the same from the CLI, the
/// engine and the MCP tool; every line names its source.
@Suite struct GuideCommandTests {
    /// The sections of a guide printed as JSON, by id.
    static func sections(_ arguments: [String]) throws -> [String: [[String: Any]]] {
        let guide = try CLI.json(["guide", "--format", "json"] + arguments)
        let sections = try #require(guide["sections"] as? [[String: Any]], "\(arguments)")
        return Dictionary(
            uniqueKeysWithValues: sections.map { ($0["id"] as? String ?? "", $0["lines"] as? [[String: Any]] ?? []) })
    }

    @Test func germanGuideGivesTheFourteenDayWithdrawalWithItsStatute() throws {
        let law = try Self.sections(["--market", "de-DE", "--from", "2026-09-20"])["law"] ?? []
        let withdrawal = try #require(law.first { $0["label"] as? String == "Withdrawal period" })
        #expect(withdrawal["text"] as? String == "14 days")
        #expect((withdrawal["source"] as? String)?.contains("BGB §312g(1), §355(2)") == true)
        let means = try #require(law.first { $0["id"] as? String == "store-credit-only" })
        #expect((means["source"] as? String)?.contains("BGB §357(3)") == true)
    }

    @Test func japaneseGuideNamesTheHolidaysOfTheWindow() throws {
        let guide = try CLI.json(["guide", "--market", "ja-JP", "--from", "2026-04-25", "--format", "json"])
        #expect(guide["from"] as? String == "2026-04-25" && guide["to"] as? String == "2026-06-23")
        let holidays = try Self.sections(["--market", "ja-JP", "--from", "2026-04-25"])["holidays"] ?? []
        let constitution = try #require(holidays.first { $0["date"] as? String == "2026-05-03" })
        #expect(constitution["text"] as? String == "Constitution Memorial Day (憲法記念日)")
        #expect((constitution["source"] as? String)?.contains("祝日法") == true)
        #expect(!holidays.contains { ($0["date"] as? String ?? "") > "2026-06-23" })
    }

    @Test func chineseGuideReadsTaboosInChinese() throws {
        let guide = try CLI.json(["guide", "--market", "zh-CN", "--ui-language", "zh-Hans", "--format", "json"])
        let sections = try #require(guide["sections"] as? [[String: Any]])
        let taboos = try #require(sections.first { $0["id"] as? String == "taboos" })
        #expect(taboos["title"] as? String == "禁忌")
        let lines = taboos["lines"] as? [[String: Any]] ?? []
        #expect(lines.count > 5)
        for line in lines {
            let text = line["text"] as? String ?? ""
            #expect(text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "not Chinese: \(text)")
        }
        let clock = try #require(lines.first { ($0["text"] as? String)?.contains("送终") == true })
        #expect((clock["source"] as? String)?.contains("Wikipedia") == true)
    }

    /// Every market with a pack, in both UI languages: each section present in order, each line with a label, a
    /// text and a source.
    @Test func everyLineOfEveryMarketHasASource() throws {
        let engine = try OneEngineTests.engine.get()
        for market in engine.markets {
            for ui in ["en", "zh-Hans"] {
                let request = GuideRequest(market: market.tag, uiLanguage: ui, from: "2026-09-20")
                let guide = try engine.guide(request, today: .init(dayNumber: 0))
                #expect(
                    guide.sections.map(\.id)
                        == ["register", "taboos", "holidays", "occasions", "conventions", "law", "vocabulary"])
                for section in guide.sections {
                    #expect(!section.lines.isEmpty || section.note != nil, "\(market.tag) \(section.id)")
                    for line in section.lines {
                        #expect(
                            !line.source.isEmpty && !line.label.isEmpty && !line.text.isEmpty,
                            "\(market.tag) \(ui) \(section.id): \(line)")
                    }
                }
                let vocabulary = guide.sections.last?.lines.count ?? 0
                #expect(vocabulary <= 15)
            }
        }
    }

    @Test(arguments: [
        GuideRequest(market: "de-DE", from: "2026-09-20", format: "json"),
        GuideRequest(market: "zh-CN", uiLanguage: "zh-Hans", from: "2026-09-20", format: "json"),
        GuideRequest(market: "JP", from: "2026-04-25", format: "md"),
        GuideRequest(market: "en-GB", from: "2026-12-01", format: "html"),
    ])
    func cliPrintsWhatTheEngineAnswers(_ request: GuideRequest) throws {
        var arguments = ["guide", "--market", request.market, "--from", request.from ?? ""]
        if let ui = request.uiLanguage { arguments += ["--ui-language", ui] }
        let format = try #require(GuideFormat(rawValue: request.format ?? ""))
        let result = try CLI.run(arguments + ["--format", format.rawValue])
        #expect(result.status == 0, "\(result.stderr)")
        let guide = try OneEngineTests.engine.get().guide(request, today: .init(dayNumber: 0))
        if format == .json {
            #expect(try OneEngineTests.object(result.stdout) == OneEngineTests.object(guide))
        } else {
            let rendered = format.render(guide)
            #expect(result.stdout == rendered + (rendered.hasSuffix("\n") ? "" : "\n"))
        }
    }

    @Test func badInputIsOneLineAndExitTwo() throws {
        let engine = try OneEngineTests.engine.get()
        for (request, option) in [
            (GuideRequest(market: "xx-YY"), "--market"), (GuideRequest(market: "de-DE", from: "2026-02-30"), "--from"),
            (GuideRequest(market: "de-DE", uiLanguage: "fr"), "--ui-language"),
        ] {
            let error = try #require(throws: FieldError.self) { try engine.guide(request, today: .init(dayNumber: 0)) }
            var arguments = ["guide", "--market", request.market]
            if let from = request.from { arguments += ["--from", from] }
            if let ui = request.uiLanguage { arguments += ["--ui-language", ui] }
            try OneEngineTests.expectSameRejection(arguments, error, option: option)
        }
        let format = try CLI.run(["guide", "--market", "de-DE", "--format", "pdf"])
        #expect(format.status == 2 && format.stdout.isEmpty && format.stderr.contains("'pdf' is invalid"))
        #expect(throws: FieldError("format", "'pdf' is not one of: md, html, json")) {
            try engine.guide(GuideRequest(market: "de-DE", format: "pdf"), today: .init(dayNumber: 0))
        }
    }

    @Test func helpTeachesWithExamples() throws {
        let help = try CLI.run(["guide", "--help"]).stdout
        #expect(help.contains("tactful guide --market de-DE"))
        #expect(help.contains("--ui-language") && help.contains("--from") && help.contains("md (Markdown)"))
    }

    @Test func everyFormatCarriesEverySource() throws {
        let request = GuideRequest(market: "fr-FR", uiLanguage: "zh-Hans", from: "2026-07-01")
        let guide = try OneEngineTests.engine.get().guide(request, today: .init(dayNumber: 0))
        let lines = guide.sections.flatMap(\.lines)
        #expect(lines.count > 30)
        #expect(GuideFormat.md.render(guide).components(separatedBy: "\n  来源：").count - 1 == lines.count)
        #expect(GuideFormat.html.render(guide).components(separatedBy: "<small>来源：").count - 1 == lines.count)
        let json = try OneEngineTests.object(guide)
        let sources = (json["sections"] as? [[String: Any]] ?? []).flatMap { $0["lines"] as? [[String: Any]] ?? [] }
            .compactMap { $0["source"] as? String }
        #expect(sources == lines.map(\.source))
    }

    @Test func pagesEscapeWhatTheDataSays() {
        let hostile = GuideLine(label: "<b>*x*</b>", text: "<script>alert('x')</script> & [link](y)", source: "\"s\"")
        let guide = MarketGuide(
            market: "de-DE", name: "German", language: "de", region: "DE", uiLanguage: "en", title: "<i>T</i>",
            from: "2026-01-01", to: "2026-03-01",
            sections: [GuideSection(id: "taboos", title: "Taboos", lines: [hostile], omitted: 3)])
        let html = GuideFormat.html.render(guide)
        #expect(!html.contains("<script>") && !html.contains("<b>") && !html.contains("<i>T"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; [link](y)"))
        #expect(html.hasPrefix("<!DOCTYPE html>") && !html.contains("src=") && !html.contains("<link"))
        let markdown = GuideFormat.md.render(guide)
        #expect(markdown.contains(#"\<script\>alert('x')\</script\> & \[link\](y)"#))
        #expect(markdown.contains(#"**\<b\>\*x\*\</b\>**"#) && markdown.contains("… 3 more"))
    }
}
