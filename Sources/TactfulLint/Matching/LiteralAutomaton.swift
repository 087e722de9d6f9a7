import Foundation
import TactfulICU
import TactfulPhraseFolding

/// A market's literals and the automaton over those a text could contain (``LiteralScripts``). The first text gets
/// an automaton of its own, over the phrases of its writing systems that it could hold (``UnitPairs``: some tens of
/// a market's thousands), which is not kept: a one-draft run folds only what its draft's scripts need and builds
/// next to nothing. A second text means a run of many drafts: it builds the automaton over every writing system,
/// kept for the rest of the run, so a long run builds one small and one whole automaton. (With one build per new
/// accent or script, a folder of drafts of five markets built 20 automatons, each over all the phrases, while the
/// market's other threads waited; widening to the scripts ICU segments without a dictionary still built 14.)
/// A built-in phrase beyond ASCII comes folded from the table made when the binary was built
/// (``FoldedPhraseTable/builtIn``), where the market's locale folds alike; any other is folded with ICU. Safe to use
/// from many threads.
final class LiteralAutomaton: @unchecked Sendable {  // `built` is guarded by `lock`, the rest by `buildLock`
    private let phrases: [String]
    /// `scripts[i]`: the writing system `phrases[i]` can only be found in (empty: any text).
    private let scripts: [LiteralScripts]
    private let locale: ICU.LocaleID
    /// `atWordEndsOnly[i]`: `phrases[i]` is wanted only where a word ends (``PhraseAutomaton``).
    private let atWordEndsOnly: [Bool]
    /// Guards `built`.
    private let lock = NSLock()
    /// Held while an automaton is built; guards `folded` and `foldedCover`.
    private let buildLock = NSLock()
    /// Folded phrases: those of the writing systems `foldedCover` holds.
    private var folded: FoldedPhrases
    /// The writing systems whose phrases are folded: the first text's, then every one; nil before the first text.
    private var foldedCover: LiteralScripts?
    /// The writing systems the built automaton covers, and the automaton.
    private var built: (covered: LiteralScripts, automaton: PhraseAutomaton)?

    /// The literals of a rule set, as written, and the locale whose word rules fold them; `payload` i of a hit is
    /// the index of `phrases[i]`, which `atWordEndsOnly[i]` (missing: false) says is wanted only where a word ends.
    init(phrases: [String], locale: ICU.LocaleID, atWordEndsOnly: [Bool] = []) {
        self.phrases = phrases
        self.locale = locale
        self.atWordEndsOnly = atWordEndsOnly
        scripts = phrases.map(LiteralScripts.needed(by:))
        folded = FoldedPhrases(count: phrases.count)
    }

    /// An automaton that finds every literal in the folded text `units`, which holds the writing systems `present`
    /// (its phrases of other writing systems cannot occur there): for the first text, one over the phrases that text
    /// could hold; for any other, the automaton over every phrase. A text the built automaton covers takes it
    /// without waiting for a thread that is building it: the build runs outside the lock that guards `built`, one
    /// build at a time.
    func automaton(for present: LiteralScripts, in units: [UInt16], pool: ICUPool) throws(ICUError) -> PhraseAutomaton {
        if let built = lock.withLock({ built }), built.covered.isSuperset(of: present) { return built.automaton }
        buildLock.lock()
        defer { buildLock.unlock() }
        let current = lock.withLock { built }  // another thread may have built a wide enough one meanwhile
        if let current, current.covered.isSuperset(of: present) { return current.automaton }
        let firstText = foldedCover == nil
        let covered = firstText ? present : LiteralScripts(rawValue: ~0)
        let missing = phrases.indices.filter {
            covered.isSuperset(of: scripts[$0]) && !(foldedCover?.isSuperset(of: scripts[$0]) ?? false)
        }
        let table = FoldedPhraseTable.builtIn.flatMap { $0.folds(forLocale: locale.identifier) ? $0 : nil }
        try pool.withBreakIterator(.word, locale) { words throws(ICUError) in
            try NormalizedText.fold(phrases, at: missing, into: &folded, with: words, table: table)
        }
        foldedCover = covered
        if firstText {
            // Only phrases whose every pair of units the text holds: the others find nothing in it.
            let pairs = UnitPairs(units)
            return PhraseAutomaton(literals: folded.keeping(pairs.mayContain), atWordEndsOnly: atWordEndsOnly)
        }
        // A phrase left out stays empty, which the automaton ignores: payload numbers are kept.
        let automaton = PhraseAutomaton(literals: folded, atWordEndsOnly: atWordEndsOnly)
        lock.withLock { built = (covered, automaton) }
        return automaton
    }
}
