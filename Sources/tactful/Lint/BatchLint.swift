import Foundation
import TactfulAPI
import TactfulLint

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `tactful lint --input jsonl -|FILE`: one draft per line, `{"id", "market", "channel", "text"}`, linted by the
/// engine and answered with one JSON line each, in order, as it goes (memory holds one line at a time). A line
/// that cannot be read or linted gets an error result naming its line number; the batch goes on.
enum BatchLint {
    /// One input line: `id` is handed back as given (a string or a number); `market` and `channel` default to the
    /// config's; `uiLanguage` and `teamTimeZone` as in `POST /v1/lint`.
    struct Draft: Decodable {
        var id: JSONValue?
        var text: String
        var market: String?
        var channel: String?
        var uiLanguage: String?
        var teamTimeZone: String?
    }

    /// One output line: the draft's findings as `--format json` writes them, or the error of its line.
    struct Answer: Encodable {
        var id: JSONValue?
        var market: String?
        var channel: Channel?
        var language: String?
        var findings: [Finding]?
        var line: Int?
        var error: String?
    }

    /// What a batch found: the worst finding's level is judged against `--fail-on`.
    struct Tally {
        var hasFindingsAtOrAbove = false
        var badLines = 0
    }

    /// Lints every line of `path` (`-` for standard input), printing one answer per line.
    static func run(_ path: String, engine: TactfulEngine, options: LintOptions) throws -> Tally {
        guard let file = path == "-" ? fdopen(STDIN_FILENO, "r") : fopen(path, "r") else {
            throw InputError("\(path): cannot be read")
        }
        defer { fclose(file) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var tally = Tally()
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        var number = 0
        while case let count = getline(&buffer, &capacity, file), count >= 0, let buffer {
            number += 1
            let line = Data(bytes: buffer, count: count)
            guard line.contains(where: { !Self.isSpace($0) }) else { continue }
            let answer = Self.answer(line, number: number, engine: engine, options: options)
            if answer.error != nil { tally.badLines += 1 }
            if answer.findings?.contains(where: { $0.severity >= options.failOn }) == true {
                tally.hasFindingsAtOrAbove = true
            }
            print(String(decoding: try encoder.encode(answer), as: UTF8.self))
            fflush(nil)  // each answer leaves as soon as it is ready
        }
        return tally
    }

    /// The answer for one line; the command line's `--market`, `--channel`, `--ui-language` and `--team-zone` fill
    /// in what the line leaves out.
    static func answer(_ line: Data, number: Int, engine: TactfulEngine, options: LintOptions) -> Answer {
        var id: JSONValue?
        do {
            let draft = try RequestDecoding.decode(Draft.self, from: line)
            id = draft.id
            let request = LintRequest(
                text: draft.text, market: draft.market ?? options.market,
                channel: draft.channel ?? options.channel?.rawValue,
                uiLanguage: draft.uiLanguage ?? options.uiLanguage.rawValue,
                teamTimeZone: draft.teamTimeZone ?? options.teamZone)
            let file = try engine.lint(request).files[0]
            return Answer(
                id: id, market: file.market, channel: file.channel, language: file.language, findings: file.findings)
        } catch {
            return Answer(id: id, line: number, error: "line \(number): \(error)")
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}
