import Foundation
import TactfulICU
import TactfulPhraseFolding
import TactfulYAML

/// A market's literals and the automaton over them. The first text gets an automaton of its own, over the phrases
/// it could hold: those of its writing systems (``LiteralScripts``) whose every pair of folded units it holds
/// (``UnitPairs``; an ASCII phrase is judged before it is folded), some tens of a market's thousands. It is not
/// kept: a one-draft run folds and builds next to nothing. A second text means a run of many drafts: it builds the
/// automaton over every phrase, kept for the rest of the run. (With one build per new accent or script, a folder of
/// drafts of five markets built 20 automatons, each over all the phrases, while the market's other threads waited.)
/// A built-in phrase beyond ASCII comes folded from the table made when the binary was built
/// (``FoldedPhraseTable/builtIn``), where the market's locale folds alike; any other is folded with ICU. Safe to use
/// from many threads.
final class LiteralAutomaton: @unchecked Sendable {  // `built` is guarded by `lock`, `servedOneText` by `buildLock`
    /// The phrases as bytes: the first text's automaton makes a string only of those it could hold.
    private let phrases: TextTable
    private let locale: ICU.LocaleID
    /// `atWordEndsOnly[i]`: `phrases[i]` is wanted only where a word ends (``PhraseAutomaton``).
    private let atWordEndsOnly: [Bool]
    /// Guards `built`.
    private let lock = NSLock()
    /// Held while an automaton is built; guards `servedOneText`.
    private let buildLock = NSLock()
    /// Whether the first text's automaton was built.
    private var servedOneText = false
    /// The automaton over every phrase, once a second text needed it.
    private var built: PhraseAutomaton?

    /// The literals of a rule set, as written, and the locale whose word rules fold them; `payload` i of a hit is
    /// the index of `phrases[i]`, which `atWordEndsOnly[i]` (missing: false) says is wanted only where a word ends.
    init(phrases: TextTable, locale: ICU.LocaleID, atWordEndsOnly: [Bool] = []) {
        self.phrases = phrases
        self.locale = locale
        self.atWordEndsOnly = atWordEndsOnly
    }

    /// An automaton that finds every literal in the folded text `units`: for the first text, one over the phrases that
    /// text could hold (its writing systems are read only then: for any other text the pass over its units was
    /// wasted); for any other, the automaton over every phrase.
    /// A text takes the built automaton without waiting for a thread that is building it: the build runs outside the
    /// lock that guards `built`, one build at a time.
    func automaton(in units: [UInt16], pool: ICUPool) throws(ICUError) -> PhraseAutomaton {
        if let built = lock.withLock({ built }) { return built }
        buildLock.lock()
        defer { buildLock.unlock() }
        if let built = lock.withLock({ built }) { return built }  // another thread may have built it meanwhile
        var folded = FoldedPhrases(count: phrases.count)
        guard servedOneText else {
            servedOneText = true
            let present = LiteralScripts.present(in: units), pairs = UnitPairs(units)
            var candidates: [Int] = []
            var index = 0
            phrases.forEachUTF8 { phrase in
                if Self.mayOccur(phrase, among: present, pairs) { candidates.append(index) }
                index += 1
            }
            try fold(candidates, into: &folded, pool: pool)
            // A phrase left out stays empty, which the automaton ignores: payload numbers are kept. Only the
            // candidates are read again (the rest are empty already), not every phrase.
            var kept = FoldedPhrases(count: phrases.count)
            for candidate in candidates where pairs.mayContain(folded[candidate]) {
                kept.set(candidate, to: folded[candidate])
            }
            return PhraseAutomaton(literals: kept, atWordEndsOnly: atWordEndsOnly)
        }
        try fold(Array(phrases.indices), into: &folded, pool: pool)
        let automaton = PhraseAutomaton(literals: folded, atWordEndsOnly: atWordEndsOnly)
        lock.withLock { built = automaton }
        return automaton
    }

    /// Whether the phrase of the UTF-8 bytes `utf8`, as written, could be in a text of the classes `present` and the
    /// unit pairs `pairs` (``LiteralScripts/canOccur(utf8:among:)`` and ``UnitPairs/mayHold(utf8:)``). Its bytes are
    /// tested for ASCII once: an ASCII phrase, in every class, is judged by its pairs alone, in one loop; any other by
    /// its scripts first (most of a market's phrases beyond ASCII are of other scripts), then its letter pairs.
    private static func mayOccur(
        _ utf8: UnsafeBufferPointer<UInt8>, among present: LiteralScripts, _ pairs: UnitPairs
    ) -> Bool {
        guard LiteralScripts.hasNonASCII(utf8) else { return pairs.mayHold(ascii: utf8) }
        return LiteralScripts.canOccur(nonASCII: utf8, among: present) && pairs.mayHoldLetterPairs(utf8)
    }

    /// Folds the phrases at `indexes` into `folded` as ``NormalizedText/fold(_:at:into:with:table:)`` folds them:
    /// the ASCII ones and those the built-in table holds from their bytes, the rest made strings and folded with ICU.
    private func fold(_ indexes: [Int], into folded: inout FoldedPhrases, pool: ICUPool) throws(ICUError) {
        let table = FoldedPhraseTable.builtIn.flatMap { $0.folds(forLocale: locale.identifier) ? $0 : nil }
        let rest = indexes.filter { index in
            !phrases.withUTF8(index) { phrase in
                folded.setFoldingASCII(index, utf8: phrase)
                    || table.map { folded.setLookingUp(index, utf8: phrase, in: $0) } == true
            }
        }
        guard !rest.isEmpty else { return }
        let texts = rest.map { phrases[$0] }
        var own = FoldedPhrases(count: texts.count)
        try pool.withBreakIterator(.word, locale) { words throws(ICUError) in
            try NormalizedText.fold(texts, at: Array(texts.indices), into: &own, with: words, table: table)
        }
        for (position, index) in rest.enumerated() { folded.set(index, to: own[position]) }
    }
}
