import Foundation
import TactfulICU
import TactfulMarkets
import Testing

@testable import TactfulLint

/// `requires-char`, `requires-text` and `requires-text-also` keep a draft that lacks what they name from compiling a
/// pattern rule's regex (the first regex of a run also builds ICU's static sets): exact only if every text the regex
/// matches passes them. Checked with ICU for every built-in pattern rule that has them, in every market, on random
/// texts recombined from the rule's examples and from the look-alikes case folding and whitespace allow, and on the
/// rule's examples and the dev corpus, each as written, upper-cased and lower-cased.
@Suite struct PatternRequiredUnitsTests {
    /// One market per pack chain that holds pattern rules with these prefilters.
    private static let tags = [
        "en-US", "en-GB", "de-DE", "de-CH", "de-AT", "fr-FR", "fr-CA", "es-ES", "es-MX", "pt-BR", "pt-PT", "it-IT",
        "nl-NL", "pl-PL", "ja-JP", "ko-KR", "zh-CN", "zh-TW", "zh-HK", "id-ID", "th-TH", "ar-SA",
    ]

    /// Look-alikes: other spaces, the long s and Kelvin sign, the dotted and dotless i, full-width letters, curly
    /// apostrophes, and the nouns and endings of the rules checked here in other cases.
    private static let lookAlikes = [
        " ", "  ", "\n", "\u{00A0}", "\u{1680}", "\u{3000}", "\u{017F}", "\u{212A}", "\u{0130}", "\u{0131}", "Ｖ", "ｖ",
        "'", "’", "t", "T", "ß", "ẞ", "SS", "SCHWEIZ", "schweiz", "Schweiz", "EU", "auch", "cvv", "Cvc", "碼", "码",
        "불가", "됩니다", "안 돼요", "않", "없습니다", ".", ",", "-",
    ]

    @Test func everyMatchPassesThePrefilter() throws {
        let library = try PackLibrary()
        var rules: [String: (PatternRule, ICU.LocaleID)] = [:]
        for tag in Self.tags {
            let market = try MarketResolver().resolve(tag)
            let ruleSet = try RuleSet(market: market, library: library)
            for case let rule as PatternRule in ruleSet.rules where rule.requiredUnits != nil {
                rules[rule.info.id] = rules[rule.info.id] ?? (rule, market.locale)
            }
        }
        #expect(rules.count >= 10)
        let corpus = PatternRequiresAlsoTests.devCorpus()
        let pool = ICUPool()
        var matched: [String: Int] = [:]
        for (id, (rule, locale)) in rules.sorted(by: { $0.key < $1.key }) {
            let requiredUnits = try #require(rule.requiredUnits)
            let examples = (rule.info.triggers + rule.info.clean).map { $0.replacingOccurrences(of: "↓", with: "") }
            let pieces = examples.flatMap { $0.split(separator: " ").map(String.init) } + Self.lookAlikes
            let written = examples + corpus + Self.randomTexts(pieces, count: 1500)
            for text in written.flatMap({ [$0, $0.uppercased(), $0.lowercased()] }) {
                guard !(try pool.matches(rule.source, in: Array(text.utf16))).isEmpty else { continue }
                matched[id, default: 0] += 1
                let document = try Document(text: text, language: locale, pool: pool)
                #expect(requiredUnits.occur(in: document), "\(id): \(text)")
            }
        }
        // The texts reach each regex the packs' examples trigger.
        for (id, (rule, _)) in rules where !rule.info.triggers.isEmpty {
            #expect(matched[id, default: 0] > 0, "\(id)")
        }
    }

    /// The fill-in rule's parentheses, full-width or not, count only with an ASCII letter after them inside, or with a
    /// listed CJK verb: checked with ICU on random texts of parentheses, the rule's verbs in several cases, their
    /// case-folding look-alikes, line breaks and the order numbers Japanese, Chinese, Korean and Indonesian replies put
    /// in parentheses; those replies then compile no regex for it.
    @Test func aFullWidthParenthesisNeedsAVerbBesideIt() throws {
        let market = try MarketResolver().resolve("ja-JP")
        let ruleSet = try RuleSet(market: market, library: try PackLibrary())
        let rule = try #require(
            ruleSet.rules.lazy.compactMap { $0 as? PatternRule }.first { $0.info.id == "root.placeholder.fill-in" })
        let requiredUnits = try #require(rule.requiredUnits)
        let verbs = [
            "insert", "add", "enter", "fill in", "type", "einfügen", "invullen", "wpisać", "uzupełnić", "isi", "填写",
            "输入", "輸入", "記入", "入力", "挿入", "입력", "삽입",
        ]
        let lookAlikes = ["\u{017F}", "\u{212A}", "\u{0130}", "\u{0131}", "ﬁ", "ï", "s", "i"]
        let parentheses = Array(repeating: ["（", "）", "(", ")"], count: 6).joined()
        let pieces =
            [" ", "\u{3000}", "\n", "#123456", "订单号", "ご注文", "お名前", "name", "Pesanan Anda", "telah"] + parentheses
            + lookAlikes + verbs
            + verbs.map { $0.uppercased() } + verbs.map { $0.capitalized }
        let pool = ICUPool()
        var matched = 0
        for text in Self.randomTexts(pieces, count: 4000) {
            guard !(try pool.matches(rule.source, in: Array(text.utf16))).isEmpty else { continue }
            matched += 1
            let document = try Document(text: text, language: market.locale, pool: pool)
            #expect(requiredUnits.occur(in: document), "\(text)")
        }
        #expect(matched > 100)
        for reply in [
            "お問い合わせいただいたご注文（#123456）につきまして", "您的订单（#123456）已于今天发出", "주문하신 상품(#123456)은 오늘 발송되었으며",
            "Pesanan Anda (#123456) telah dikirim hari ini dan diperkirakan tiba dalam 2-3 hari kerja.",
        ] {
            #expect(!requiredUnits.occur(in: try Document(text: reply, language: market.locale, pool: pool)))
        }
    }

    /// Deterministic random texts of 1–12 pieces of `pieces`, joined with nothing or a space.
    private static func randomTexts(_ pieces: [String], count: Int) -> [String] {
        var random = FoldedPhraseTableTests.Random(state: 0x2545_F491_4F6C_DD1D)
        func next(_ bound: Int) -> Int { random.next(bound) }
        return (0..<count).map { _ in
            (0...next(12)).map { _ in pieces[next(pieces.count)] + (next(2) == 0 ? " " : "") }.joined()
        }
    }
}
