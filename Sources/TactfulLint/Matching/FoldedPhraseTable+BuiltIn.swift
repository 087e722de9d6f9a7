import TactfulData
import TactfulPhraseFolding

extension FoldedPhraseTable {
    /// The built-in phrases folded when the binary was built (tactful-embed's BuiltInFoldedPhrases.swift), read on
    /// first use; nil when the embedded text does not read (phrases are then folded with ICU).
    static let builtIn = FoldedPhraseTable(BuiltInData.foldedPhrases)
}
