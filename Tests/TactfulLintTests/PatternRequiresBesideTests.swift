import Foundation
import TactfulMarkets
import Testing

@testable import TactfulLint

/// `requires-beside` skips the lines where no required word has one of its words right beside it, so that a draft
/// whose "können" stands beside no "wir" or "ich" compiles no regex: exact only if it loses no match. Checked for every
/// built-in rule with the key by linting with the rule as built in and without the key, on random texts of its words
/// and examples joined by every kind of white space ICU's `\s` matches (in several cases, with the case-folding
/// look-alikes), on its examples and on the dev corpus texts holding its words, each as written, upper-cased and
/// lower-cased: the findings are the same.
@Suite struct PatternRequiresBesideTests {
    /// A built-in rule's keys as a test pack for market `tag`, with `requires-beside` or without it.
    private static func pack(_ rule: PatternRule, _ tag: String, beside: Bool) -> String {
        func list(_ texts: [String]) -> String {
            let quoted = texts.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            return "[" + quoted.joined(separator: ", ") + "]"
        }
        let pattern = rule.source.pattern.replacingOccurrences(of: "'", with: "''")
        let neighbours = rule.requiresBeside.map {
            "    requires-beside: \(list($0.words))\n    requires-beside-of: \(list($0.required))\n"
        }
        return """
            pack: \(tag)
            rules:
              - id: test.beside
                kind: pattern
                category: \(rule.info.category.rawValue)
                requires: \(list(rule.requires))
                requires-also: \(list(rule.requiresAlso))
            \(beside ? neighbours ?? "" : "")\
                regex: '\(pattern)'
                message: A finding.
                source: test
                examples:
                  trigger: \(list(rule.info.triggers))
                  clean: \(list(rule.info.clean))
            """
    }

    /// A linter for the built-in packs and `yaml`'s pack.
    private static func linter(_ yaml: String) throws -> Linter {
        let test = try TestPack(yaml)
        let library = test.library.adding(test.pack)
        let market = try MarketResolver(packs: library.names).resolve(test.pack.name)
        return Linter(ruleSet: try RuleSet(market: market, library: library))
    }

    @Test(arguments: [
        ("de-DE", "de.negative.cannot"), ("pt-BR", "pt-BR.legal.short-window"),
        ("pt-BR", "pt-BR.vocabulary.progressive"), ("fr-FR", "fr-FR.legal.short-window"),
        ("nl-NL", "nl-NL.legal.short-window"),
    ])
    func aBuiltInRuleLosesNoMatch(tag: String, id: String) throws {
        let ruleSet = try RuleSet(market: try MarketResolver().resolve(tag), library: try PackLibrary())
        let rule = try #require(ruleSet.rules.lazy.compactMap { $0 as? PatternRule }.first { $0.info.id == id })
        let neighbours = try #require(rule.requiresBeside)
        let with = try Self.linter(Self.pack(rule, tag, beside: true))
        let without = try Self.linter(Self.pack(rule, tag, beside: false))
        let examples = (rule.info.triggers + rule.info.clean).map { $0.replacingOccurrences(of: "↓", with: "") }
        let words =
            examples.flatMap { $0.split(separator: " ").map(String.init) } + rule.requires + rule.requiresAlso
            + neighbours.words + neighbours.required
        let pieces =
            examples + words + words.map { $0.uppercased() } + words.map { $0.capitalized }
            + [
                "\u{212A}ann", "\u{0130}ch", "w\u{0130}r", "\u{0131}ch", "\u{017F}", "7", "14", "15", "-", ",", ".",
                "1", "3", "x", "é", "(", "ﬁ", "\u{FF11}",
            ]
        let spaces = [
            " ", " ", "  ", "\t", "\u{000B}", "\u{000C}", "\u{0085}", "\u{00A0}", "\u{1680}", "\u{2003}", "\u{2028}",
            "\u{202F}", "\u{205F}", "\u{3000}", "", "-",
        ]
        var random = FoldedPhraseTableTests.Random(state: 0x6A09_E667_F3BC_C908)
        let randomTexts = (0..<1000).map { _ in
            (0...random.next(9)).map { _ in pieces[random.next(pieces.count)] + spaces[random.next(spaces.count)] }
                .joined()
        }
        let corpus = PatternRequiresAlsoTests.devCorpus().filter { text in
            let lowered = text.lowercased()
            return neighbours.required.contains { lowered.contains($0) }
        }
        var found = 0
        for text in randomTexts + (examples + corpus).flatMap({ [$0, $0.uppercased(), $0.lowercased()] }) {
            let expected = try without.lint(text).filter { $0.rule == "test.beside" }.map(\.span)
            let described = text.unicodeScalars.map { $0.escaped(asASCII: true) }.joined()
            #expect(try with.lint(text).filter { $0.rule == "test.beside" }.map(\.span) == expected, "\(described)")
            found += expected.count
        }
        #expect(found > 20)
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
        let days = try #require(PatternRule.RequiredNeighbours(["3", "seis"], beside: ["dia", "dias"]))
        #expect(days.occur(in: Array("Você tem 3 dias para devolver.".utf16)[...]))
        #expect(!days.occur(in: Array("Você pode desistir em até 7 dias após o recebimento.".utf16)[...]))
        // A word beside one is whole as far as ASCII letters and digits go: 14 is not 4, 13 is.
        let counts = try #require(PatternRule.RequiredNeighbours(["4", "13", "dix"], beside: ["jours"]))
        #expect(!counts.occur(in: Array("Vous disposez de 14 jours pour nous le retourner.".utf16)[...]))
        #expect(counts.occur(in: Array("Vous disposez de 13 jours pour nous le retourner.".utf16)[...]))
        #expect(counts.occur(in: Array("(4 jours pour retourner l'article)".utf16)[...]))
        #expect(counts.occur(in: Array("4 jours pour retourner l'article".utf16)[...]))
        #expect(counts.occur(in: Array("quatre-vingt-dix jours".utf16)[...]))
        #expect(!counts.occur(in: Array("x4 jours, a13 jours, 413 jours".utf16)[...]))
        let after = try #require(PatternRule.RequiredNeighbours(["wir"], beside: ["kann"]))
        #expect(!after.occur(in: Array("Das kann wirklich warten.".utf16)[...]))
        #expect(after.occur(in: Array("Das kann wir nicht.".utf16)[...]))
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
