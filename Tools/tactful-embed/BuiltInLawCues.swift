import TactfulLawCues

/// The law kind's cue words, read when the binary is built by the same code a test runs on the embedded file
/// (``LawCues/read(_:path:)``): a run decodes them instead of reading the tree of `cues.yml` and every language's
/// lists in it.
enum BuiltInLawCues {
    static let path = "Glossaries/law/cues.yml"

    /// The cues of the embedded `cues.yml` (`texts`: embedded files by path); nil when the file is missing or does
    /// not read (a run then has no cues, as when it read the file itself).
    static func cues(texts: [String: String]) -> LawCues? {
        texts[path].flatMap { try? LawCues.read($0, path: path) }
    }
}
