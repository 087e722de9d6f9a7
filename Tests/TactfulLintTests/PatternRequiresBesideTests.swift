import Foundation
import TactfulMarkets
import Testing

@testable import TactfulLint

/// `requires-beside` drops the required words that have none of its words right beside them, so that a draft whose
/// "können" stands beside no "wir" or "ich" compiles no regex: exact only if it loses no match. Checked by linting with
/// the German refusal rule as built in and without the key, on random texts of its words joined by every kind of white
/// space ICU's `\s` matches (in several cases, with the case-folding look-alikes), on its examples and on the German
/// dev corpus, each as written, upper-cased and lower-cased: the findings are the same.
@Suite struct PatternRequiresBesideTests {
    /// The built-in German refusal rule's keys as a test pack, with `requires-beside` or without it.
    private static func pack(_ rule: PatternRule, beside: Bool) -> String {
        func list(_ words: [String]) -> String { "[" + words.map { "\"\($0)\"" }.joined(separator: ", ") + "]" }
        let pattern = rule.source.pattern.replacingOccurrences(of: "'", with: "''")
        return """
            pack: de-DE
            rules:
              - id: test.cannot
                kind: pattern
                category: negative-phrasing
                requires: \(list(rule.requires))
                requires-also: \(list(rule.requiresAlso))
            \(beside ? "    requires-beside: \(list(rule.requiresBeside?.words ?? []))\n" : "")\
                regex: '\(pattern)'
                message: A refusal.
                source: test
                examples:
                  trigger: ["↓Wir können das nicht ändern."]
                  clean: ["Können Sie das bitte prüfen?"]
            """
    }

    /// A linter for the built-in packs and `yaml`'s pack.
    private static func linter(_ yaml: String) throws -> Linter {
        let test = try TestPack(yaml)
        let library = test.library.adding(test.pack)
        let market = try MarketResolver(packs: library.names).resolve(test.pack.name)
        return Linter(ruleSet: try RuleSet(market: market, library: library))
    }

    @Test func theGermanRefusalLosesNoMatch() throws {
        let ruleSet = try RuleSet(market: try MarketResolver().resolve("de-DE"), library: try PackLibrary())
        let rule = try #require(
            ruleSet.rules.lazy.compactMap { $0 as? PatternRule }.first { $0.info.id == "de.negative.cannot" })
        #expect(rule.requiresBeside?.words == ["wir", "ich"])
        let with = try Self.linter(Self.pack(rule, beside: true))
        let without = try Self.linter(Self.pack(rule, beside: false))
        let pieces = [
            "wir", "ich", "Wir", "Ich", "WIR", "ICH", "wİr", "\u{0130}ch", "\u{0131}ch", "können", "kann", "Können",
            "KÖNNEN", "\u{212A}ann", "nicht", "kein", "keine", "Sie", "das", "leider", "mehr", "genug", "Ihrwir",
            "ichs",
            "wirklich", ",", ".",
        ]
        let spaces = [
            " ", " ", "  ", "\t", "\u{000B}", "\u{000C}", "\u{0085}", "\u{00A0}", "\u{1680}", "\u{2003}",
            "\u{2028}", "\u{202F}", "\u{205F}", "\u{3000}", "", "-",
        ]
        var random = FoldedPhraseTableTests.Random(state: 0x6A09_E667_F3BC_C908)
        let randomTexts = (0..<1000).map { _ in
            (0...random.next(9)).map { _ in pieces[random.next(pieces.count)] + spaces[random.next(spaces.count)] }
                .joined()
        }
        let examples = (rule.info.triggers + rule.info.clean).map { $0.replacingOccurrences(of: "↓", with: "") }
        let german = PatternRequiresAlsoTests.devCorpus().filter { $0.contains("können") || $0.contains("kann") }
        var found = 0
        for text in randomTexts + (examples + german).flatMap({ [$0, $0.uppercased(), $0.lowercased()] }) {
            let expected = try without.lint(text).filter { $0.rule == "test.cannot" }.map(\.span)
            #expect(
                try with.lint(text).filter { $0.rule == "test.cannot" }.map(\.span) == expected,
                "\(text.unicodeScalars.map { $0.escaped(asASCII: true) }.joined())")
            found += expected.count
        }
        #expect(found > 100)
    }

    @Test func aLineCountsOnlyWithAWordBesideARequiredOne() throws {
        let neighbours = try #require(PatternRule.RequiredNeighbours(["wir", "ich"], beside: ["können", "kann"]))
        func occur(_ line: String) -> Bool { neighbours.occur(in: Array(line.utf16)[...]) }
        #expect(!occur("Sollte etwas nicht passen, können Sie den Artikel zurücksenden."))
        #expect(occur("Leider können wir das nicht."))
        #expect(occur("WIR\u{00A0}KÖNNEN das nicht."))
        #expect(occur("Das \u{212A}ann ich\u{3000}nicht."))
        #expect(occur("wir können\u{202F}nicht"))
        #expect(!occur("Das kannich nicht."))
        #expect(!occur("\u{0130}ch kann das nicht."))
        #expect(PatternRule.RequiredNeighbours([], beside: ["können"]) == nil)
    }

    @Test func requiresBesideNeedsRequires() throws {
        let pack = """
            pack: de-DE
            rules:
              - id: test.beside-alone
                kind: pattern
                category: negative-phrasing
                regex: 'wir können'
                requires-beside: [wir]
                message: A refusal.
                source: test
                examples:
                  trigger: ["↓wir können"]
                  clean: ["Sie können"]
            """
        let error = try #require(throws: PackError.self) { try TestPack(pack) }
        #expect(error.description.contains("requires-beside"))
    }
}
