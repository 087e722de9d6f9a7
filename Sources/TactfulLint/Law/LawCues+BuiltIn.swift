import TactfulData
import TactfulLawCues
import TactfulLiteralBoundaries

extension LawCues {
    /// The cues of `Glossaries/law/cues.yml`, read when the binary was built (``LawCues/encoded()``); nil when the
    /// file was missing or invalid.
    static let builtIn: LawCues? = BuiltInData.lawCues.flatMap(LawCues.decode)

    /// The built-in cues' words with the word boundaries each must meet, found by their scripts when the binary was
    /// built (``BoundedPhrases/encodedFlags``); nil when the cues or the flags did not read.
    static let builtInBoundedWords: BoundedPhrases? = BuiltInData.lawCueFlags.flatMap { flags in
        builtIn.flatMap { BoundedPhrases(texts: $0.words.texts, flags: Array(flags.utf8)) }
    }
}
