import Foundation
import TactfulYAML

/// A bounded, thread-safe memo of yes/no verdicts on text pairs (emptied when it grows past its bound). Keys are
/// UTF-16 units: hashing them needs no Unicode normalization, unlike a `String` beyond ASCII.
final class VerdictMemo: @unchecked Sendable {  // all mutable state is guarded by `lock`
    private let lock = NSLock()
    private var verdicts: [[UInt16]: Bool] = [:]
    private let bound = 4_096

    /// The verdict on `key`, computed once.
    func verdict(_ key: [UInt16], _ compute: () -> Bool) -> Bool {
        lock.lock()
        if let known = verdicts[key] { lock.unlock(); return known }
        lock.unlock()
        let value = compute()
        lock.lock()
        if verdicts.count >= bound { verdicts.removeAll(keepingCapacity: true) }
        verdicts[key] = value
        lock.unlock()
        return value
    }
}

/// The cue lists of one language from `Glossaries/language/`: negations and commitments (`negation.yml`, for the
/// meaning guard), alternatives and third parties (`way-forward.yml`, for judging a limitation in context), and the
/// words that make inches the convention (`inch-contexts.yml`, for the units check). One shared instance per
/// language, held by each rule set of that language.
final class LanguageCues: Sendable {
    /// Words that negate or refuse.
    let negations: CueList
    /// Words that commit the writer to an action ("we'll", "let me").
    let commitments: CueList
    /// Words that offer a way forward (an alternative, a next step, an offer) and parties outside the seller
    /// (couriers, customs, banks), as written: the market's automaton finds them in drafts (`ContextCue`).
    let alternativeCues: [String]
    let thirdPartyCues: [String]
    /// False for languages written without spaces between words (Japanese, Chinese, Thai).
    let spaced: Bool
    /// Words that make an inch value the market's own convention (screens: `inch-contexts.yml`).
    let inchContexts: CueList
    /// The meaning guard's verdicts on (original, replacement) pairs already judged: most fixes are a pack's fixed
    /// rewrites, met again and again.
    let verdicts = VerdictMemo()

    private init(
        negations: CueList, commitments: CueList, alternativeCues: [String], thirdPartyCues: [String], spaced: Bool,
        inchContexts: CueList
    ) {
        self.negations = negations
        self.commitments = commitments
        self.alternativeCues = alternativeCues
        self.thirdPartyCues = thirdPartyCues
        self.spaced = spaced
        self.inchContexts = inchContexts
    }

    /// The cues of `language` (an ISO 639 code); empty lists for a language the glossaries do not cover.
    static func of(_ language: String) -> LanguageCues { all[language] ?? empty }

    /// The cues of a market: its language's, with the inch contexts the market adds (`en-IN` in
    /// `inch-contexts.yml`: garment measurements, which Indian size charts give in inches).
    static func of(market tag: String, language: String) -> LanguageCues { all[tag] ?? of(language) }

    private static let empty = LanguageCues(
        negations: CueList([], bySpaces: true), commitments: CueList([], bySpaces: true), alternativeCues: [],
        thirdPartyCues: [], spaced: true, inchContexts: CueList([], bySpaces: true))

    /// Languages written without spaces between words: cues are substrings there.
    static let unspaced: Set<String> = ["ja", "zh", "th"]

    private static let all: [String: LanguageCues] = {
        func load(_ path: String) -> [String: YAMLValue] { PreparsedYAML.builtIn(at: path)?.byKey ?? [:] }
        let meaning = load("Glossaries/language/negation.yml"), context = load("Glossaries/language/way-forward.yml")
        let inches = load("Glossaries/language/inch-contexts.yml").mapValues(\.texts)
        var cues: [String: LanguageCues] = [:]
        for language in Set(meaning.keys).union(context.keys).union(inches.keys) where !language.contains("-") {
            let spaced = !unspaced.contains(language)
            func strings(_ table: [String: YAMLValue], _ key: String) -> [String] { table[language]?[key]?.texts ?? [] }
            func list(_ table: [String: YAMLValue], _ key: String) -> CueList {
                CueList(strings(table, key), bySpaces: spaced)
            }
            cues[language] = LanguageCues(
                negations: list(meaning, "negations"), commitments: list(meaning, "commitments"),
                alternativeCues: strings(context, "alternatives"), thirdPartyCues: strings(context, "third-parties"),
                spaced: spaced, inchContexts: CueList(inches[language] ?? [], bySpaces: spaced))
        }
        // A market key (`en-IN`) adds inch contexts to its language's cues.
        for market in inches.keys where market.contains("-") {
            let language = String(market.prefix { $0 != "-" })
            guard let base = cues[language] else { continue }
            let words = (inches[language] ?? []) + (inches[market] ?? [])
            cues[market] = LanguageCues(
                negations: base.negations, commitments: base.commitments, alternativeCues: base.alternativeCues,
                thirdPartyCues: base.thirdPartyCues, spaced: base.spaced,
                inchContexts: CueList(words, bySpaces: base.spaced))
        }
        return cues
    }()
}
