@testable import TactfulLint

/// A fixed report every reporter is rendered from in the golden-file tests: German with umlauts, an emoji and a
/// fix; Japanese (CJK, two display columns a character) with a fix; a file path and messages that need escaping
/// in each format (`,` `:` `%` `|` `<` `&`); and a file with no findings.
enum ReporterFixture {
    static let german = """
        Sehr geehrte Frau Müller,
        wir können Ihre Bestellung 😔 leider nicht erstatten. Wir melden uns um 5pm.
        Viele Grüße
        """

    static let japanese = """
        お客様
        ご注文の商品は明日発送します。{{名前}}様、ありがとうございます。
        """

    static let clean = "Thanks for your order; it ships today.\n"

    static var report: LintReport {
        LintReport(files: [
            LintReport.FileResult(
                path: "replies/de-DE/refund,1.txt", market: "de-DE", channel: .email,
                findings: [
                    finding(
                        "de.negative.cannot-refund", .negativePhrasing, .warning, in: german,
                        match: "leider nicht erstatten",
                        message: "A flat refusal reads as final: say what you can do (100% of the cases: offer a way).",
                        fix: Fix(
                            replacement: "Wir erstatten Ihnen gern den Versand.", description: "offer", safe: false)),
                    finding(
                        "de.time.twelve-hour", .dateTime, .error, in: german, match: "5pm",
                        message: "Germany uses the 24-hour clock.",
                        fix: Fix(replacement: "17 Uhr", description: "24-hour clock", safe: true)),
                ], text: german, language: "de"),
            LintReport.FileResult(
                path: "replies/ja-JP/お詫び.txt", market: "ja-JP", channel: .chat,
                findings: [
                    finding(
                        "ja.register.plain", .formality, .info, in: japanese, match: "発送します",
                        message: "「発送いたします」の方が丁寧です。"),
                    finding(
                        "root.placeholder.mustache", .placeholder, .error, in: japanese, match: "{{名前}}",
                        message: "An unfilled placeholder <{{名前}}> & the customer sees it | as is.",
                        fix: Fix(replacement: "田中", description: "fill it", safe: false)),
                ], text: japanese, language: "ja"),
            LintReport.FileResult(
                path: "replies/en-US/clean.txt", market: "en-US", channel: .email, findings: [], text: clean,
                language: "en"),
        ])
    }

    /// The rules the findings name, as a pack would declare them (for SARIF's rule table).
    static let rules = [
        RuleInfo(
            id: "de.negative.cannot-refund", category: .negativePhrasing, severity: .warning,
            message: "A flat refusal reads as final.", source: "seeds: refusals"),
        RuleInfo(
            id: "de.time.twelve-hour", category: .dateTime, severity: .error,
            message: "Germany uses the 24-hour clock.", source: "CLDR de hour cycle"),
        RuleInfo(
            id: "root.placeholder.mustache", category: .placeholder, severity: .error,
            message: "An unfilled placeholder.", source: "built-in"),
        RuleInfo(
            id: "ja.register.plain", category: .formality, severity: .info,
            message: "Plain form in a polite reply.", source: "seeds: 敬語"),
    ]

    /// A finding on the first occurrence of `match` in `text`, with positions as the linter computes them
    /// (1-based lines; 1-based columns in UTF-16 code units).
    static func finding(
        _ rule: String, _ category: TactfulLint.Category, _ severity: Severity, in text: String, match: String,
        message: String, fix: Fix? = nil
    ) -> Finding {
        let utf16 = Array(text.utf16)
        let needle = Array(match.utf16)
        let start = (0...(utf16.count - needle.count)).first { Array(utf16[$0..<($0 + needle.count)]) == needle } ?? 0
        var finding = Finding(
            rule: rule, category: category, severity: severity, confidence: .high, message: message, match: match,
            span: start..<(start + needle.count), fixes: fix.map { [$0] } ?? [])
        (finding.line, finding.column) = position(of: start, in: utf16)
        (finding.endLine, finding.endColumn) = position(of: start + needle.count, in: utf16)
        return finding
    }

    private static func position(of offset: Int, in utf16: [UInt16]) -> (line: Int, column: Int) {
        let before = utf16[..<offset]
        let lineStart = (before.lastIndex(of: 0x0A) ?? -1) + 1
        return (before.filter { $0 == 0x0A }.count + 1, offset - lineStart + 1)
    }
}
