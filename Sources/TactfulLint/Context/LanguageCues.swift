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
    static func of(_ language: String) -> LanguageCues { tables.cues(for: language) ?? empty }

    /// The cues of a market: its language's, with the inch contexts the market adds (`en-IN` in
    /// `inch-contexts.yml`: garment measurements, which Indian size charts give in inches).
    static func of(market tag: String, language: String) -> LanguageCues { tables.cues(for: tag) ?? of(language) }

    private static let empty = LanguageCues(
        negations: CueList([], bySpaces: true), commitments: CueList([], bySpaces: true), alternativeCues: [],
        thirdPartyCues: [], spaced: true, inchContexts: CueList([], bySpaces: true))

    /// Languages written without spaces between words: cues are substrings there.
    static let unspaced: Set<String> = ["ja", "zh", "th"]

    private static let tables = Tables()

    /// Each language's (or market's) cues, built from the cue files when first asked for: a run reads the entries of
    /// its markets' languages only (``PreparsedYAML/builtIn(at:key:)``), not every language's.
    private final class Tables: @unchecked Sendable {  // `built` is guarded by `lock`
        private let lock = NSLock()
        private var built: [String: LanguageCues?] = [:]

        /// The entry of `key` (a language or a market) in the cue file at `path`.
        private func entry(_ path: String, _ key: String) -> YAMLValue? { PreparsedYAML.builtIn(at: path, key: key) }

        /// The inch contexts of a language or market key.
        private func inches(_ key: String) -> [String]? {
            entry("Glossaries/language/inch-contexts.yml", key)?.texts
        }

        /// The cues of a language key (`de`) or market key (`en-IN`); nil when the files have none for it.
        func cues(for key: String) -> LanguageCues? {
            lock.lock()
            defer { lock.unlock() }
            return cuesHoldingLock(for: key)
        }

        private func cuesHoldingLock(for key: String) -> LanguageCues? {
            if let known = built[key] { return known }
            let cues = key.contains("-") ? marketCues(key) : languageCues(key)
            built[key] = cues
            return cues
        }

        private func languageCues(_ language: String) -> LanguageCues? {
            let meaning = entry("Glossaries/language/negation.yml", language)
            let context = entry("Glossaries/language/way-forward.yml", language)
            let inches = inches(language)
            guard meaning != nil || context != nil || inches != nil else { return nil }
            let spaced = !unspaced.contains(language)
            func strings(_ entry: YAMLValue?, _ key: String) -> [String] { entry?[key]?.texts ?? [] }
            func list(_ entry: YAMLValue?, _ key: String) -> CueList { CueList(strings(entry, key), bySpaces: spaced) }
            return LanguageCues(
                negations: list(meaning, "negations"), commitments: list(meaning, "commitments"),
                alternativeCues: strings(context, "alternatives"), thirdPartyCues: strings(context, "third-parties"),
                spaced: spaced, inchContexts: CueList(inches ?? [], bySpaces: spaced))
        }

        /// A market key (`en-IN`) adds inch contexts to its language's cues.
        private func marketCues(_ market: String) -> LanguageCues? {
            let language = String(market.prefix { $0 != "-" })
            guard let added = inches(market), let base = cuesHoldingLock(for: language) else { return nil }
            return LanguageCues(
                negations: base.negations, commitments: base.commitments, alternativeCues: base.alternativeCues,
                thirdPartyCues: base.thirdPartyCues, spaced: base.spaced,
                inchContexts: CueList((inches(language) ?? []) + added, bySpaces: base.spaced))
        }
    }
}
