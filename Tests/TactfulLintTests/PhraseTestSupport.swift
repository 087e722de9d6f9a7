import TactfulICU
import TactfulPhraseFolding

@testable import TactfulLint

/// Folded phrases as arrays, for tests that compare them one by one.
extension NormalizedText {
    /// Every phrase folded as a rule set folds its literals, phrase `i` as element `i`.
    static func fold(_ phrases: [String], with words: ICU.BreakIterator) throws(ICUError) -> [[UInt16]] {
        var folded = FoldedPhrases(count: phrases.count)
        try fold(phrases, at: Array(phrases.indices), into: &folded, with: words)
        return phrases.indices.map { Array(folded[$0]) }
    }

    /// A phrase folded without ICU, or nil when it is not all ASCII.
    static func foldASCII(_ phrase: String) -> [UInt16]? {
        var units: [UInt16] = []
        return foldASCII(phrase, appendingTo: &units) ? units : nil
    }
}

extension PhraseAutomaton {
    /// The automaton of literals given as arrays; `payload` i is the index of `literals[i]`.
    init(literals: [[UInt16]]) {
        var folded = FoldedPhrases(count: literals.count)
        for (index, literal) in literals.enumerated() { folded.set(index, to: literal) }
        self.init(literals: folded)
    }
}
