import TactfulData
import TactfulLawCues

extension LawCues {
    /// The cues of `Glossaries/law/cues.yml`, read when the binary was built (``LawCues/encoded()``); nil when the
    /// file was missing or invalid.
    static let builtIn: LawCues? = BuiltInData.lawCues.flatMap(LawCues.decode)
}
