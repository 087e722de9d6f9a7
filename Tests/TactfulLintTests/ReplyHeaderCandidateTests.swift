import TactfulICU
import Testing

@testable import TactfulLint

/// The scan that decides which lines the reply-header regex runs on (``ScopeMarkers/mayBeReplyHeader(_:)``): it must
/// hold on every line the regex matches at its start, and pass over greetings and labels that end with a colon.
@Suite struct ReplyHeaderCandidateTests {
    /// The header patterns and the words of `Glossaries/scopes.yml`, as written.
    private static let patterns = PreparsedYAML.builtIn(at: "Glossaries/scopes.yml")?["reply-headers"]?.texts ?? []
    private static let words = PreparsedYAML.builtIn(at: "Glossaries/scopes.yml")?["reply-header-words"]?.texts ?? []

    /// The header regex, as the scope map compiles it.
    private static func headerRegex() throws -> ICU.Regex {
        let source = try #require(ScopeMarkers.replyHeaders)
        return try ICU.Regex(source.pattern, ignoresCase: source.ignoresCase)
    }

    /// Whether the header regex matches `line` at its start, as the scope map asks.
    private static func isHeader(_ line: String, _ regex: ICU.Regex) throws -> Bool {
        try regex.matches(in: Array(line.utf16)).contains { $0.lowerBound == 0 }
    }

    private static func mayBeHeader(_ line: String) -> Bool {
        ScopeMarkers.mayBeReplyHeader(Array(line.utf16)[...])
    }

    @Test func everyHeaderEndingWithAColonHoldsAListedWord() {
        #expect(Self.patterns.count >= 20 && !Self.words.isEmpty)
        let colonFirst = ["^From:", "^Von:", "^De\\s?:"]
        for pattern in Self.patterns where !pattern.hasPrefix("^-") && !colonFirst.contains(where: pattern.hasPrefix) {
            #expect(pattern.hasSuffix(":\\s*$") || pattern.hasSuffix("[:：]\\s*$"), "\(pattern)")
            #expect(Self.words.contains { pattern.contains($0) }, "\(pattern) holds no reply-header word")
        }
        // No word holds two letters that one character folds to, so a line is compared with it unit by unit.
        for pair in ["ff", "fi", "fl", "ss", "st"] { #expect(!Self.words.contains { $0.contains(pair) }, "\(pair)") }
    }

    @Test func headersOfEveryClientAreCandidates() throws {
        let regex = try Self.headerRegex()
        let headers = [
            "On Mon, 5 Jan 2026 at 09:12, Anna Weber <anna@example.com> wrote:", "ON MON, 5 JAN 2026, ANNA WROTE:",
            "Am 05.01.2026 um 09:12 schrieb Anna Weber <anna@example.com>:", "Le lun. 5 janv. 2026, Anna A ÉCRIT :",
            "El lun, 5 ene 2026, Ana ESCRIBIÓ:", "Il giorno lun 5 gen 2026 Anna ha scritto:",
            "Op ma 5 jan. 2026 schreef Anna:", "Em seg., 5 de jan. de 2026, Ana escreveu:",
            "W dniu 5.01.2026 o 09:12 Anna NAPISAŁ:", "2026年1月5日(月) 9:12 山田さんは書きました：",
            "2026년 1월 5일 (월) 오전 9:12, 김민수님이 작성:", "2026年1月5日 张伟 写道：", "2026年1月5日 陳大文 寫道:",
            "เมื่อ 5 ม.ค. 2026 สมชาย เขียนว่า:", "Pada 5 Jan 2026, Budi menulis:", "في 5 يناير 2026، أحمد كتب:",
            "-----Original Message-----", "From: Anna Weber", "Von: Anna Weber", "De : Anna Weber",
            "On Monday, Anna \u{212A}rause wrote:",
        ]
        for header in headers {
            #expect(try Self.isHeader(header, regex), "\(header) is no header to the regex")
            #expect(Self.mayBeHeader(header), "\(header)")
        }
    }

    @Test func greetingsAndLabelsEndingWithAColonAreNot() throws {
        let regex = try Self.headerRegex()
        let lines = [
            "Estimado señor López:", "Estimada señora García:", "陳小姐您好：", "王先生您好：", "配送先：カナダ",
            "お届け予定日：2026年3月5日", "Here are the details:", "Dear customer,",
        ]
        for line in lines {
            #expect(try !Self.isHeader(line, regex))
            #expect(!Self.mayBeHeader(line), "\(line)")
        }
    }

    /// Pieces of headers and of lines like them.
    private static let linePieces = [
        "On ", "Am ", "Le ", "El ", "Il giorno ", "Op ", "Em ", "W dniu ", "Pada ", "From", "Von", "De", " ", ":", "：",
        "-", "--", "Original Message", "Anna ", "5 Jan 2026", "<a@b.c>", "\u{212A}", "\u{017F}", "É", "x",
        "señor López", "您好", "先生", "2026年",
    ]

    /// Random lines from the headers' pieces and their look-alikes: wherever the regex finds a header at the start,
    /// the scan lets the line through.
    @Test func theScanHoldsWhereverTheRegexMatches() throws {
        let regex = try Self.headerRegex()
        let pieces = Self.linePieces + Self.words + Self.words.map { $0.uppercased() }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        // Most headers end with a word and a colon: half the lines do.
        let tails = [":", "：", " :"] + Self.words.map { $0 + ":" } + Self.words.map { $0.uppercased() + "：" }
        var matched = 0
        for _ in 0..<3000 {
            let tail = next(2) == 0 ? tails[next(tails.count)] : ""
            let line = (0...next(10)).map { _ in pieces[next(pieces.count)] }.joined() + tail
            guard try Self.isHeader(line, regex) else { continue }
            matched += 1
            #expect(Self.mayBeHeader(line), "\(line)")
        }
        #expect(matched > 20)
    }
}
