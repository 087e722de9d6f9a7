import TactfulStances

/// The stance families, read when the binary is built by the same code a test runs on the embedded file
/// (``StanceFamily/read(_:path:)``) and compiled into their literals (``StanceLiterals``) and the advice a run reads
/// beside them (``StanceAdvice``): a run decodes those instead of reading the tree of `stances.yml` and every
/// family's lists and frames in it.
enum BuiltInStances {
    static let path = "Glossaries/phrasing/stances.yml"

    /// The families of the embedded `stances.yml` (`texts`: embedded files by path); nil when the file is missing or
    /// does not read (a run then has no stances, as when it read the file itself).
    static func families(texts: [String: String]) -> [StanceFamily]? {
        texts[path].flatMap { try? StanceFamily.read($0, path: path) }
    }
}
