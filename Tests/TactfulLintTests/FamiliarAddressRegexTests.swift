import TactfulICU
import TactfulMarkets
import Testing

@testable import TactfulLint

/// The familiar-address pattern writes its greetings grouped by first letter (`[Hh](?:ello|allo|…|i+)`), which ICU
/// tries faster than the 32 greetings one by one: grouped in their order, they match the same. Both forms are run on
/// the dev corpus, the pack's examples, every greeting before every form of address, and random lines made of their
/// pieces; the matches are the same ranges.
@Suite struct FamiliarAddressRegexTests {
    /// The greetings as the pack writes them, grouped by first letter.
    static let grouped =
        "(?:[Nn]o worries|[Tt](?:hank you|hanks)|[Ss](?:o sorry|orry|alut)|[Gg](?:racias|razie|'day)|[Vv]ale"
        + "|[Cc](?:heers|oucou|iao)"
        + "|[Hh](?:ello|allo|iya|alo|ola+|ey+|oi|é|i+)|[Vv]aleu|[Mm]erci|[Dd]anke|[Oo](?:kay|lá|ke|k|i+)"
        + "|[Ee](?: aí|hi|h)|[Yy]o)"
    /// One text each greeting matches (a repeated letter where the pattern allows more: "Holaa", "Heyy").
    static let greetings = [
        "No worries", "Thank you", "So sorry", "Gracias", "Thanks", "Cheers", "Grazie", "Coucou", "Hello", "Sorry",
        "Valeu", "Salut", "Merci", "Hallo", "Danke", "Hiya", "Halo", "Okay", "Holaa", "Ciao", "E aí", "Heyy", "Hoi",
        "Hé", "Ehi", "Olá", "Hii", "Eh", "Oke", "Ok", "Yo", "Oii", "G'day", "Vale",
    ]
    /// The greetings written out one by one, as the pattern had them.
    static let writtenOut =
        "(?:[Nn]o worries|[Tt]hank you|[Ss]o sorry|[Gg]racias|[Tt]hanks|[Cc]heers|[Gg]razie|[Cc]oucou|[Hh]ello"
        + "|[Ss]orry|[Vv]aleu|[Ss]alut|[Mm]erci|[Hh]allo|[Dd]anke|[Hh]iya|[Hh]alo|[Oo]kay|[Hh]ola+|[Cc]iao"
        + "|[Ee] aí|[Hh]ey+|[Hh]oi|[Hh]é|[Ee]hi|[Oo]lá|[Hh]i+|[Ee]h|[Oo]ke|[Oo]k|[Yy]o|[Oo]i+|[Gg]'day|[Vv]ale)"

    /// The rule as the en-US rule set holds it.
    static func rule() throws -> PatternRule {
        let ruleSet = try RuleSet(market: try MarketResolver().resolve("en-US"), library: try PackLibrary())
        return try #require(
            ruleSet.rules.compactMap { $0 as? PatternRule }.first { $0.info.id == "root.formality.familiar-address" })
    }

    /// Every greeting before forms of address, "Dear" openings, the rule's examples, the dev corpus's lines and 3,000
    /// random lines of the greetings' and addresses' pieces.
    static func lines(_ rule: PatternRule) -> [String] {
        let addresses = [
            "dear", "love", "babe", "bro", "dude", "hun", "lovely", "querida", "Schatz", "amigo", "tío", "mate",
        ]
        var lines = greetings.flatMap { greeting in
            addresses.flatMap { address in
                ["\(greeting) \(address)!", "\(greeting), \(address) how are you", "ok. \(greeting)! \(address) 😊"]
            }
        }
        lines += ["Bro, no.", "Thanks. Dude look", "Dear Ms Weber,", "Hi dear, thanks a lot for your order"]
        lines += ["Dear Sir, love it", "Dear bro,", "Hello\nbro, hi", "Dude, dear", "dear. Dude, look", "My dear Hun,"]
        lines += (rule.info.triggers + rule.info.clean).map { $0.replacingOccurrences(of: "↓", with: "") }
        lines += PatternRequiresAlsoTests.devCorpus().flatMap { $0.split(separator: "\n").map(String.init) }
        var random = RandomAsciiTexts()
        let pieces = greetings + addresses + [" ", ", ", "! ", ". ", "Hola", "ii", "yy", "aí", "x", "\t", "Dear", "\n"]
        for _ in 0..<3000 {
            lines.append((0..<(1 + random.next(6))).map { _ in pieces[random.next(pieces.count)] }.joined())
        }
        return lines
    }

    @Test func theGroupedGreetingsMatchWhatTheWrittenOutOnesMatch() throws {
        let rule = try Self.rule()
        let pattern = rule.source.pattern
        #expect(pattern.contains(Self.grouped))
        let grouped = try ICU.Regex(pattern)
        let written = try ICU.Regex(pattern.replacingOccurrences(of: Self.grouped, with: Self.writtenOut))
        var matched = 0
        for line in Self.lines(rule) {
            let units = Array(line.utf16)
            let found = try grouped.matches(in: units)
            #expect(found == (try written.matches(in: units)), "\(line)")
            matched += found.isEmpty ? 0 : 1
        }
        #expect(matched > 500)
    }

    /// `requires-also` (the greetings, bro and dude) keeps ICU off the lines that hold a form of address but no
    /// greeting: the rule finds what the same regex with the same required words finds without it, on the lines
    /// above in drafts of twenty lines, as written, upper-cased and lower-cased.
    @Test func theGreetingPrefilterFindsWhatTheRegexAloneFinds() throws {
        let rule = try Self.rule()
        #expect(!rule.requiresAlso.isEmpty)
        // The pattern goes into a single-quoted YAML scalar, where a quote is written twice (G''day).
        let quoted = rule.source.pattern.replacingOccurrences(of: "'", with: "''")
        let unfiltered = try TestPack(
            """
            pack: en-US
            rules:
              - id: test.familiar-address-unfiltered
                kind: pattern
                category: formality
                message: Familiar.
                source: test
                regex: '\(quoted)'
                case-sensitive: true
                requires: [\(rule.requires.map { "\"\($0)\"" }.joined(separator: ", "))]
                scopes: [body, greeting, signoff]
                examples:
                  trigger: ["↓Hey buddy, we checked your order."]
                  clean: ["Dear Ms Weber,"]
            """)
        let library = unfiltered.library.adding(unfiltered.pack)
        let market = try MarketResolver(packs: library.names).resolve("en-US")
        let linter = Linter(ruleSet: try RuleSet(market: market, library: library))
        let lines = Self.lines(rule)
        var drafts = stride(from: 0, to: lines.count, by: 20).map {
            lines[$0..<min($0 + 20, lines.count)].joined(separator: "\n")
        }
        drafts += drafts.map { $0.uppercased() } + drafts.map { $0.lowercased() }
        var found = 0
        for draft in drafts {
            let findings = try linter.lint(draft)
            let filtered = findings.filter { $0.rule == rule.info.id }.map(\.span)
            let unfilteredSpans = findings.filter { $0.rule == "test.familiar-address-unfiltered" }.map(\.span)
            #expect(filtered == unfilteredSpans, "\(draft)")
            found += filtered.count
        }
        #expect(found > 300)
    }
}
