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
        "(?:[Nn]o worries|[Tt](?:hank you|hanks)|[Ss](?:o sorry|orry|alut)|[Gg](?:racias|razie)|[Cc](?:heers|oucou|iao)"
        + "|[Hh](?:ello|allo|iya|alo|ola+|ey+|oi|é|i+)|[Vv]aleu|[Mm]erci|[Dd]anke|[Oo](?:kay|lá|ke|k|i+)"
        + "|[Ee](?: aí|hi|h)|[Yy]o)"
    /// One text each greeting matches (a repeated letter where the pattern allows more: "Holaa", "Heyy").
    static let greetings = [
        "No worries", "Thank you", "So sorry", "Gracias", "Thanks", "Cheers", "Grazie", "Coucou", "Hello", "Sorry",
        "Valeu", "Salut", "Merci", "Hallo", "Danke", "Hiya", "Halo", "Okay", "Holaa", "Ciao", "E aí", "Heyy", "Hoi",
        "Hé", "Ehi", "Olá", "Hii", "Eh", "Oke", "Ok", "Yo", "Oii",
    ]
    /// The greetings written out one by one, as the pattern had them.
    static let writtenOut =
        "(?:[Nn]o worries|[Tt]hank you|[Ss]o sorry|[Gg]racias|[Tt]hanks|[Cc]heers|[Gg]razie|[Cc]oucou|[Hh]ello"
        + "|[Ss]orry|[Vv]aleu|[Ss]alut|[Mm]erci|[Hh]allo|[Dd]anke|[Hh]iya|[Hh]alo|[Oo]kay|[Hh]ola+|[Cc]iao"
        + "|[Ee] aí|[Hh]ey+|[Hh]oi|[Hh]é|[Ee]hi|[Oo]lá|[Hh]i+|[Ee]h|[Oo]ke|[Oo]k|[Yy]o|[Oo]i+)"

    @Test func theGroupedGreetingsMatchWhatTheWrittenOutOnesMatch() throws {
        let library = try PackLibrary()
        let ruleSet = try RuleSet(market: try MarketResolver().resolve("en-US"), library: library)
        let rule = try #require(
            ruleSet.rules.compactMap { $0 as? PatternRule }.first { $0.info.id == "root.formality.familiar-address" })
        let pattern = rule.source.pattern
        #expect(pattern.contains(Self.grouped))
        let grouped = try ICU.Regex(pattern)
        let written = try ICU.Regex(pattern.replacingOccurrences(of: Self.grouped, with: Self.writtenOut))
        let addresses = ["dear", "love", "babe", "bro", "dude", "hun", "lovely", "querida", "Schatz", "amigo", "tío"]
        var lines = Self.greetings.flatMap { greeting in
            addresses.flatMap { address in
                ["\(greeting) \(address)!", "\(greeting), \(address) how are you", "ok. \(greeting)! \(address) 😊"]
            }
        }
        lines += ["Bro, no.", "Thanks. Dude look", "Dear Ms Weber,", "Hi dear, thanks a lot for your order"]
        lines += (rule.info.triggers + rule.info.clean).map { $0.replacingOccurrences(of: "↓", with: "") }
        lines += PatternRequiresAlsoTests.devCorpus().flatMap { $0.split(separator: "\n").map(String.init) }
        var random = RandomAsciiTexts()
        let pieces = Self.greetings + addresses + [" ", ", ", "! ", ". ", "Hola", "ii", "yy", "aí", "x", "\t"]
        for _ in 0..<3000 {
            lines.append((0..<(1 + random.next(6))).map { _ in pieces[random.next(pieces.count)] }.joined())
        }
        var matched = 0
        for line in lines {
            let units = Array(line.utf16)
            let found = try grouped.matches(in: units)
            #expect(found == (try written.matches(in: units)), "\(line)")
            matched += found.isEmpty ? 0 : 1
        }
        #expect(matched > 500)
    }
}
