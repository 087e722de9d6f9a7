import Testing
@testable import TactfulLint

/// The script kind's exceptions: a one-character entry is kept everywhere, a longer entry only where the whole word
/// occurs, so excepting a word (茶几, 佣金) never hides the same character elsewhere (几天, 女佣).
@Suite struct ScriptRuleTests {
    static let pack = """
        pack: zh-TW
        rules:
          - id: test.simplified
            kind: script
            category: vocabulary
            convert: Hans-Hant
            except: [了, 茶几, 佣金]
            message: Simplified characters.
            source: test
            examples:
              trigger:
                - "我們會在↓几天內回覆您。"
                - "↓女佣會到府服務。"
                - "請將茶几放好，↓几個工作天後送達。"
              clean:
                - "我們會把茶几送到府上。"
                - "佣金將於月底結算。"
                - "我們了解您的需求。"
              fix:
                - before: "佣金已結算，女佣會到府服務。"
                  after: "佣金已結算，女傭會到府服務。"
        """

    func load(_ text: String) throws -> Pack {
        try PackLoader.load(text, path: "test.yml", glossaries: GlossaryStore(readFile: { _ in nil }))
    }

    @Test func wordExceptionsKeepOnlyTheWord() throws {
        let failures = RuleExamples(library: try PackLibrary()).check(try load(Self.pack))
        #expect(failures.map(\.description) == [])
    }

    @Test func characterExceptionsStillApplyEverywhere() throws {
        let characters = Self.pack.replacingOccurrences(of: "except: [了, 茶几, 佣金]", with: "except: [了, 几, 佣]")
        let failures = RuleExamples(library: try PackLibrary()).check(try load(characters))
        // With 几 and 佣 excepted as characters, the 几天 and 女佣 examples no longer trigger.
        #expect(failures.filter { $0.problem.contains("did not trigger") }.count == 3)
    }
}
