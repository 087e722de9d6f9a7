import Foundation
import TactfulICU

/// A market's literals and the automaton over those a text could contain (``LiteralScripts``), built on first need
/// and widened when a text brings a writing system not yet covered. A one-draft run folds and builds only what its
/// draft's scripts need; a long run rebuilds at most once per writing system. Safe to use from many threads.
final class LiteralAutomaton: @unchecked Sendable {  // mutable state is guarded by `lock`
    private let phrases: [String]
    /// `scripts[i]`: the writing system `phrases[i]` can only be found in (empty: any text).
    private let scripts: [LiteralScripts]
    private let locale: ICU.LocaleID
    /// `atWordEndsOnly[i]`: `phrases[i]` is wanted only where a word ends (``PhraseAutomaton``).
    private let atWordEndsOnly: [Bool]
    private let lock = NSLock()
    /// Folded phrases: those of the writing systems the built automaton covers.
    private var folded: FoldedPhrases
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

    /// An automaton that finds every literal in a folded text holding the writing systems `present` (its phrases
    /// of other writing systems cannot occur there).
    func automaton(for present: LiteralScripts, pool: ICUPool) throws(ICUError) -> PhraseAutomaton {
        lock.lock()
        defer { lock.unlock() }
        if let built, built.covered.isSuperset(of: present) { return built.automaton }
        let covered = present.union(built?.covered ?? [])
        let missing = phrases.indices.filter {
            covered.isSuperset(of: scripts[$0]) && !(built?.covered.isSuperset(of: scripts[$0]) ?? false)
        }
        try pool.withBreakIterator(.word, locale) { words throws(ICUError) in
            try NormalizedText.fold(phrases, at: missing, into: &folded, with: words)
        }
        // A phrase left out stays empty, which the automaton ignores: payload numbers are kept.
        let automaton = PhraseAutomaton(literals: folded, atWordEndsOnly: atWordEndsOnly)
        built = (covered, automaton)
        return automaton
    }
}
