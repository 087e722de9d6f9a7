import Foundation
import TactfulICU
import TactfulMarkets
import TactfulPhraseFolding
import Testing

@testable import TactfulLint

/// `requires-also` skips the lines that hold none of its words without asking ICU: exact only if every match of the
/// rule's regex holds one. Checked on every line the regex matches, with ICU, in the packs' examples, the dev corpus
/// and the bench's English frames, each as written, upper-cased and lower-cased.
@Suite struct PatternRequiresAlsoTests {
    /// The built-in pattern rules with `requires-also`, from the markets whose packs hold them.
    static func rules() throws -> [PatternRule] {
        let library = try PackLibrary()
        var byId: [String: PatternRule] = [:]
        for tag in ["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "pt-BR", "it-IT", "nl-NL"] {
            let ruleSet = try RuleSet(market: try MarketResolver().resolve(tag), library: library)
            for case let rule as PatternRule in ruleSet.rules where !rule.requiresAlso.isEmpty {
                byId[rule.info.id] = rule
            }
        }
        return byId.values.sorted { $0.info.id < $1.info.id }
    }

    /// The dev halves of the corpus (files named `dev-…`), as written.
    static func devCorpus() -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus")
        var texts: [String] = []
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.lastPathComponent.hasPrefix("dev-"), let text = try? String(contentsOf: file, encoding: .utf8)
            else { continue }
            texts.append(text)
        }
        return texts
    }

    @Test func everyMatchHoldsOneOfTheWords() throws {
        let rules = try Self.rules()
        #expect(rules.count >= 2)
        let frames = [
            "Hi Anna,", "Dear Ms Weber,", "Thanks again for your patience.", "Best regards,\nMia\nCustomer Care",
            "Hello James, sorry, here is the other customer's address.", "Ok dear, noted.", "ok babe!", "Dude, no.",
        ]
        let corpus = Self.devCorpus()
        #expect(corpus.count > 100)
        let pool = ICUPool(), locale = try ICU.LocaleID(tag: "en")
        let words = try ICU.BreakIterator(.word, locale: locale)
        var matchedLines = 0
        for rule in rules {
            let also = try NormalizedText.fold(rule.requiresAlso, with: words)
            let examples = (rule.info.triggers + rule.info.clean).map { $0.replacingOccurrences(of: "↓", with: "") }
            for text in examples + frames + corpus {
                for variant in [text, text.uppercased(), text.lowercased()] {
                    for line in variant.split(separator: "\n", omittingEmptySubsequences: true) {
                        let units = Array(line.utf16)
                        guard !(try pool.matches(rule.source, in: units)).isEmpty else { continue }
                        matchedLines += 1
                        let folded = try NormalizedText(
                            utf16: units, segments: try words.segments(of: units)
                        ).units
                        #expect(
                            also.contains { !folded.ranges(of: $0).isEmpty }, "\(rule.info.id): \(String(line))")
                    }
                }
            }
        }
        #expect(matchedLines > 20)
    }

    /// The German refusal pattern's `requires-also` (nicht, kein): every match ends with one, checked with ICU on
    /// random texts of its words in several cases and their case-folding look-alikes (the Kelvin sign matches `k`).
    @Test func everyGermanRefusalHoldsNichtOrKein() throws {
        let rule = try #require(try Self.rules().first { $0.info.id == "de.negative.cannot" })
        let words = try ICU.BreakIterator(.word, locale: try ICU.LocaleID(tag: "de"))
        let also = try NormalizedText.fold(rule.requiresAlso, with: words)
        let pieces = [
            "wir", "ich", "können", "kann", "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "die",
            "Ware", "mehr", "genug", "\u{212A}ein", "\u{212A}", "ſ", "N", "K", "ICH", "WIR", "KÖNNEN", "NICHT", "Kein",
        ]
        var random = FoldedPhraseTableTests.Random(state: 0x5DEE_CE66_D1CE_4E5B)
        let pool = ICUPool()
        var matched = 0
        for _ in 0..<4000 {
            let text = (0...random.next(10)).map { _ in pieces[random.next(pieces.count)] }.joined(separator: " ")
            let units = Array(text.utf16)
            guard !(try pool.matches(rule.source, in: units)).isEmpty else { continue }
            matched += 1
            let folded = try NormalizedText(utf16: units, segments: try words.segments(of: units)).units
            #expect(also.contains { !folded.ranges(of: $0).isEmpty }, "\(text)")
        }
        #expect(matched > 50)
    }

    @Test func requiresAlsoNeedsRequires() throws {
        let pack = """
            pack: en-US
            rules:
              - id: test.also-alone
                kind: pattern
                category: privacy
                regex: 'other customer'
                requires-also: [other]
                message: Another customer.
                source: test
                examples:
                  trigger: ["↓other customer"]
                  clean: ["a customer"]
            """
        let error = try #require(throws: PackError.self) { try TestPack(pack) }
        #expect(error.description.contains("requires-also"))
    }
}
