import ArgumentParser
import Foundation
import Testing

@testable import tactful

/// `tactful lint`'s plain arguments read without ArgumentParser: every command read so is the one ArgumentParser
/// reads, the common lines are read so, and the options known are `lint`'s.
@Suite struct PlainLintArgumentsTests {
    /// Pieces of `lint` command lines: every option and flag, with good and bad values, paths, and what only
    /// ArgumentParser reads (help, `--name=value`, `--`, options without a value, values that look like options).
    static let pieces: [[String]] = [
        ["--market", "de-DE"], ["--market", "xx"], ["--channel", "sms"], ["--channel", "fax"], ["--config", "c.yml"],
        ["--ui-language", "zh-Hans"], ["--ui-language", "fr"], ["--fail-on", "warning"], ["--fail-on", "never"],
        ["--team-zone", "Asia/Shanghai"], ["--format", "json"], ["--format", "sarif"], ["--format", "xml"],
        ["--input", "jsonl"], ["--input", "csv"], ["--jobs", "2"], ["--jobs", "0"], ["--jobs", "+3"], ["--jobs", "x"],
        ["--jobs", "-1"], ["--fix"], ["--fix-unsafe"], ["a.txt"], ["-"], ["help"], ["lint"], ["--market=de-DE"],
        ["--"], ["-x"], ["--market"], [""], ["--market", ""], ["--market", "-"], ["--version"], ["-h"], ["--help"],
        ["--bogus"],
    ]

    /// Every piece, every ordered pair of pieces, and each of those before a path.
    static let lines: [[String]] = {
        var lines = pieces
        for first in pieces {
            for second in pieces { lines.append(first + second) }
        }
        return lines + lines.map { $0 + ["b.txt"] }
    }()

    @Test func aCommandReadPlainlyIsTheOneArgumentParserReads() {
        var read = 0
        for line in Self.lines {
            guard let plain = PlainLintArguments.command(line) else { continue }
            read += 1
            let parsed = try? LintCommand.parseAsRoot(line) as? LintCommand
            #expect(parsed.map(described) == described(plain), "\(line)")
        }
        #expect(read > 400)
    }

    @Test(arguments: [
        ["--market", "en-US", "draft.txt"],
        ["--market", "de-DE", "--format", "json", "--fail-on", "warning", "a.txt", "b.txt"],
        ["draft.txt", "--market", "ja-JP", "--channel", "chat", "--ui-language", "zh-Hans"],
        ["--market", "en-GB", "-"], ["--market", "fr-FR", "--fix", "reply.md"],
        ["--jobs", "2", "--market", "ko-KR", "drafts/"],
        ["--config", "team.yml", "--team-zone", "Asia/Shanghai", "--input", "jsonl", "drafts.jsonl"],
    ])
    func theCommonLinesAreReadPlainly(line: [String]) throws {
        let plain = try #require(PlainLintArguments.command(line))
        let parsed = try #require(try LintCommand.parseAsRoot(line) as? LintCommand)
        #expect(described(plain) == described(parsed))
    }

    @Test func theOptionsKnownAreLintsOwn() throws {
        let help = try #require(
            JSONSerialization.jsonObject(with: Data(LintCommand._dumpHelp().utf8)) as? [String: Any])
        let arguments = try #require((help["command"] as? [String: Any])?["arguments"] as? [[String: Any]])
        var options: Set<String> = [], flags: Set<String> = []
        for argument in arguments {
            let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { name in
                name["kind"] as? String == "long" ? "--" + (name["name"] as? String ?? "") : nil
            }
            switch argument["kind"] as? String {
            case "option": options.formUnion(names)
            case "flag": flags.formUnion(names)
            default: break
            }
        }
        #expect(options == Set(PlainLintArguments.valueOptions))
        #expect(flags.subtracting(["--help"]) == Set(PlainLintArguments.flags))
    }

    private func described(_ command: LintCommand) -> String {
        var text = ""
        dump(command, to: &text)
        return text
    }
}
